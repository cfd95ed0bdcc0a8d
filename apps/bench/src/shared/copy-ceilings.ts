import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  type Connection,
  createNextForms,
  type Database,
  type Dialect,
  copyWriter,
  FORM_COLUMNS,
  indexNextForms,
  NEXT_FORMS_TABLE,
  swapInNextForms,
  DELETE_RANGE_SQL,
  withConnection,
} from '@paradigm/persistence';
import { type FormColumns, rowsOf } from './form-columns';
import { processCpuMs } from './server-cpu';

/**
 * The ceilings the benchmarks hold writers and the worker against: what the database alone does with
 * the same rows, already encoded, when no client has to send them.
 *
 * - DELETE + COPY ({@link deleteCopyCeiling}): per page, one transaction of the worker's per-range
 *   DELETE (`DELETE_RANGE_SQL`) and `COPY forms FROM '<file>'` into the indexed table: what replacing
 *   in place can reach.
 * - bulk ({@link bulkCeiling}): one transaction that creates the next table unindexed, `COPY ... FROM
 *   '<file>' WITH (FREEZE)` of every page, builds the indexes the catalog lists, ANALYZE and the swap
 *   (persistence's own rebuild statements): what a rebuild can reach.
 *
 * PostgreSQL reads the rows from files on the server (server-side COPY: a PostgreSQL on this machine
 * and a superuser or the pg_read_server_files role); PGlite has no server file system, so its pages
 * hold the text and it COPYs FROM STDIN.
 */

/** One page of rows: the lexemes with ids in (`after`, `last`] and where their encoded rows are. */
export interface CopyPage {
  readonly after: number;
  readonly last: number;
  readonly rows: number;
  /** A file the server reads (PostgreSQL). */
  readonly file?: string;
  /** The rows in COPY text format, for a database without server files (PGlite). */
  readonly text?: string;
}

/** The rows of one page as the benchmark generated them. */
export interface PageRows {
  readonly after: number;
  readonly last: number;
  readonly forms: FormColumns;
}

/**
 * Encodes each page's rows once (encoding is not timed): into world-readable files under `dir` for a
 * PostgreSQL server, or kept as text for PGlite. `dir` is emptied first; the caller removes it.
 */
export function encodePages(dialect: Dialect, pages: Iterable<PageRows>, dir: string, name: string): CopyPage[] {
  const out: CopyPage[] = [];
  if (dialect === 'postgres') prepareDir(dir, 0o755);
  for (const page of pages) {
    const text = Buffer.concat(rowsOf(copyWriter(), page.forms).chunks()).toString('utf8');
    const rows = page.forms.lexemeIds.length;
    if (dialect !== 'postgres') {
      out.push({ after: page.after, last: page.last, rows, text });
      continue;
    }
    const file = `${dir}/${name}-${String(out.length).padStart(5, '0')}.tsv`;
    writeFileSync(file, text);
    chmodSync(file, 0o644);
    out.push({ after: page.after, last: page.last, rows, file });
  }
  return out;
}

/**
 * Has the server write each id range's current rows of `forms` to a file under `dir` (which the server
 * process, user postgres, must be able to write), for the ceilings to COPY FROM later.
 */
export async function exportPages(db: Database, ranges: readonly { after: number; last: number }[], dir: string): Promise<CopyPage[]> {
  prepareDir(dir, 0o777);
  return withConnection(db, async (conn) => {
    const pages: CopyPage[] = [];
    for (const [i, { after, last }] of ranges.entries()) {
      const file = `${dir}/page-${i}.tsv`;
      const { rows } = await conn.query<{ n: number }>(`SELECT count(*)::int AS n FROM forms WHERE lexeme_id > ${after} AND lexeme_id <= ${last}`);
      await conn.query(`COPY (SELECT lexeme_id, pattern_id, cell, form, position, analysis FROM forms WHERE lexeme_id > ${after} AND lexeme_id <= ${last}) TO '${file}'`);
      pages.push({ after, last, rows: rows[0]!.n, file });
    }
    return pages;
  });
}

function prepareDir(dir: string, mode: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, mode);
}

/** Loads `page`'s rows into `table` (unqualified: the session's search_path decides) in the caller's transaction. */
export async function copyPage(tx: Connection, page: CopyPage, table = 'forms', freeze = false): Promise<void> {
  if (page.file !== undefined) {
    try {
      await tx.query(`COPY ${table} ${FORM_COLUMNS} FROM '${page.file}'${freeze ? ' WITH (FREEZE)' : ''}`);
    } catch (e) {
      throw new Error(`server-side COPY FROM '${page.file}' failed (${(e as Error).message}): the ceiling needs a PostgreSQL on this machine and a superuser or the pg_read_server_files role`);
    }
  } else {
    await tx.copyFrom(`COPY ${table} ${FORM_COLUMNS} FROM STDIN`, [page.text ?? '']);
  }
}

/** The DELETE + COPY ceiling's work for one page, in the caller's transaction; resolves to ms spent in each statement. */
export async function replacePage(tx: Connection, page: CopyPage): Promise<{ deleteMs: number; copyMs: number }> {
  const t0 = performance.now();
  await tx.query(DELETE_RANGE_SQL, [page.after, page.last]);
  const t1 = performance.now();
  await copyPage(tx, page);
  return { deleteMs: t1 - t0, copyMs: performance.now() - t1 };
}

/** One timed run of the DELETE + COPY ceiling. */
export interface DeleteCopyRun {
  /** Wall time of the whole run. */
  readonly ms: number;
  readonly deleteMs: number;
  readonly copyMs: number;
  /** CPU time of the server processes that ran it (undefined when the server is not on this machine). */
  readonly serverCpuMs: number | undefined;
}

/** Runs `fn` on a connection of the benchmark's choosing (a plain one, or one with another search_path). */
export type OnConnection = <T>(fn: (conn: Connection) => Promise<T>) => Promise<T>;

/**
 * The DELETE + COPY ceiling: every page in a transaction of its own, `concurrency` connections taking
 * the next page when done (as the worker's persist stage does).
 */
export async function deleteCopyCeiling(db: Database, pages: readonly CopyPage[], concurrency: number, onConnection: OnConnection = (fn) => withConnection(db, fn)): Promise<DeleteCopyRun> {
  const start = performance.now();
  let next = 0;
  let deleteMs = 0;
  let copyMs = 0;
  let serverCpuMs: number | undefined = db.dialect === 'postgres' ? 0 : undefined;
  const lane = () =>
    onConnection(async (conn) => {
      const pid = db.dialect === 'postgres' ? (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid : undefined;
      const cpuBefore = pid === undefined ? undefined : processCpuMs(pid);
      for (let i = next++; i < pages.length; i = next++) {
        const spent = await conn.transaction((tx) => replacePage(tx, pages[i]!));
        deleteMs += spent.deleteMs;
        copyMs += spent.copyMs;
      }
      const cpuAfter = pid === undefined ? undefined : processCpuMs(pid);
      serverCpuMs = serverCpuMs === undefined || cpuBefore === undefined || cpuAfter === undefined ? undefined : serverCpuMs + cpuAfter - cpuBefore;
    });
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { ms: performance.now() - start, deleteMs, copyMs, serverCpuMs };
}

/**
 * The bulk ceiling: the worker's rebuild without the worker (the rows come from the pages), in one
 * transaction on one connection; resolves to its wall time in ms.
 */
export async function bulkCeiling(db: Database, pages: readonly CopyPage[]): Promise<number> {
  const start = performance.now();
  await withConnection(db, (conn) =>
    conn.transaction(async (tx) => {
      const definition = await createNextForms(tx);
      for (const page of pages) await copyPage(tx, page, NEXT_FORMS_TABLE, true);
      await indexNextForms(tx, definition);
      await swapInNextForms(tx, definition, [], []);
    }),
  );
  return performance.now() - start;
}
