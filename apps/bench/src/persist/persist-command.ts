/**
 * Persist benchmark (not a test): 1,000,000 forms through each writer on real PostgreSQL, side by side
 * with the server-side ceiling (`COPY forms FROM '<file>'` of the same rows, same batches), for plain
 * writes and for the replace path (lock + DELETE old forms + write, per batch, old forms present).
 * Writes benchmarks/phase4/persist.json.
 *
 *   pnpm exec tsx apps/bench/src/main.ts persist [--rows 1000000] [--batch-lexemes 1000] [--rounds 3]
 *
 * Works on the benchmark database (`paradigm_bench` next to DATABASE_URL, else on 127.0.0.1:5432;
 * created if missing), whose forms it replaces. The ceiling needs the server to read files this process
 * writes (/tmp), so the server must be on this machine.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Connection, copyWriter, type Database, type FormWriter, getWriter, replaceForms, withConnection } from '@paradigm/persistence';
import { type FormColumns, rowsOf } from '../shared/form-columns';
import { benchTarget, openBenchDatabase } from '../seed/bench-database';
import { copyPage, type CopyPage, encodePages, replacePage } from '../shared/copy-ceilings';
import { describeMachine, gitRevision, loadAverage, postgresSettings } from '../shared/provenance';
import { median, round } from '../shared/statistics';
import { findWorkspaceRoot } from '../shared/workspace-root';

const FORMS_PER_LEXEME = 20;
const CELLS = ['N;SG', 'N;PL', 'N;DU', 'N;SG;GEN', 'N;PL;GEN', 'N;SG;ACC', 'N;PL;ACC', 'V;PST;3;SG;M', 'V;PRS;3;SG;M', 'V;PST;PASS'];
const LETTERS = ['k', 't', 'b', 'š', 'ħ', 'a', 'i', 'ū', 'ā', 'r', 'm', 'n', 's', 'q', 'l', 'u', 'e', 'ʕ', 'd', 'z'];

const USAGE = 'Usage: pnpm exec tsx apps/bench/src/main.ts persist [--rows N] [--batch-lexemes N] [--rounds N] [--copy-only (tuning: skip unnest/insert, write no artifact)]';

/** The run's settings, from the command line. */
interface Settings {
  readonly rows: number;
  readonly batchLexemes: number;
  readonly rounds: number;
  readonly lexemes: number;
  readonly batches: number;
  readonly copyOnly: boolean;
}

function parseSettings(argv: readonly string[]): Settings | undefined {
  const { values: flags } = parseArgs({
    args: [...argv],
    options: {
      rows: { type: 'string', default: '1000000' },
      'batch-lexemes': { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      'copy-only': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (flags.help) return undefined;
  const rows = Number(flags.rows);
  const batchLexemes = Number(flags['batch-lexemes']);
  const lexemes = Math.ceil(rows / FORMS_PER_LEXEME);
  return { rows, batchLexemes, rounds: Number(flags.rounds), lexemes, batches: Math.ceil(lexemes / batchLexemes), copyOnly: flags['copy-only'] === true };
}

/** The forms of batch `b` (lexemes b*B+1 .. (b+1)*B), built on demand so the run never holds all rows. */
function makeBatch(s: Settings, b: number, generation: string): { ids: number[]; batch: FormColumns } {
  const ids: number[] = [];
  const batch: FormColumns = { lexemeIds: [], patternIds: [], cells: [], surfaces: [] };
  for (let id = b * s.batchLexemes + 1; id <= Math.min((b + 1) * s.batchLexemes, s.lexemes); id += 1) {
    ids.push(id);
    let stem = '';
    for (let x = id; x > 0; x = Math.floor(x / 20)) stem += LETTERS[x % 20];
    for (let f = 0; f < FORMS_PER_LEXEME && (id - 1) * FORMS_PER_LEXEME + f < s.rows; f += 1) {
      batch.lexemeIds.push(id);
      batch.patternIds.push(1 + (f % 5));
      batch.cells.push(CELLS[f % CELLS.length]!);
      batch.surfaces.push(`${generation}${stem}${LETTERS[f]}${f % 3 === 0 ? 'ūn' : 'at'}`);
    }
  }
  return { ids, batch };
}

const BENCH_DIR = join(tmpdir(), 'paradigm-persist-bench');

/** Every batch of one generation of rows as a page of the server-side ceiling (a file the server reads). */
function* generation(s: Settings, name: string) {
  for (let b = 0; b < s.batches; b += 1) yield { after: b * s.batchLexemes, last: Math.min((b + 1) * s.batchLexemes, s.lexemes), forms: makeBatch(s, b, name).batch };
}

async function resetForms(db: Database, oldPages: readonly CopyPage[] | undefined): Promise<void> {
  await withConnection(db, async (conn) => {
    await conn.query('TRUNCATE forms');
    if (oldPages) for (const page of oldPages) await copyPage(conn, page);
    await conn.query('VACUUM ANALYZE forms');
    await conn.query('CHECKPOINT');
  });
}

type Step = (tx: Connection, b: number, ids: number[], batch: FormColumns) => Promise<unknown>;

/**
 * Times `a` and `b` side by side: two passes over all batches, `a` on even batches and `b` on odd ones,
 * then swapped, the table reset before each pass. Each method writes every row once, and the two are
 * never more than one batch (~0.2 s) apart in time, so load from other processes on this shared
 * machine hits both alike. Only the per-batch transactions are timed.
 */
async function interleaved(db: Database, s: Settings, mode: 'write' | 'replace', oldPages: readonly CopyPage[], a: Step, b: Step): Promise<[number, number]> {
  const totals: [number, number] = [0, 0];
  for (let pass = 0; pass < 2; pass += 1) {
    await resetForms(db, mode === 'replace' ? oldPages : undefined);
    const conn = await db.acquire();
    try {
      for (let n = 0; n < s.batches; n += 1) {
        const which = (n + pass) % 2;
        const { ids, batch } = makeBatch(s, n, 'n');
        const start = process.hrtime.bigint();
        await conn.transaction((tx) => (which === 0 ? a : b)(tx, n, ids, batch));
        totals[which] += Number(process.hrtime.bigint() - start) / 1e9;
      }
    } finally {
      conn.release();
    }
    await assertRowCount(db, s.rows);
  }
  return totals;
}

const writeStep = (writer: FormWriter): Step => (tx, _b, _ids, batch) => rowsOf(writer, batch).write(tx);
const replaceStep = (writer: FormWriter): Step => (tx, _b, ids, batch) => replaceForms(tx, ids, rowsOf(writer, batch));
// The ceilings: the server loads the same rows from its own files (copy) and replaces them (DELETE + COPY).
const serverCopyStep = (pages: readonly CopyPage[]): Step => (tx, b) => copyPage(tx, pages[b]!);
const serverReplaceStep = (pages: readonly CopyPage[]): Step => (tx, b) => replacePage(tx, pages[b]!);

async function assertRowCount(db: Database, rows: number): Promise<void> {
  const n = await withConnection(db, async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows[0]!.n);
  if (n !== rows) throw new Error(`expected ${rows} rows in forms after a run, found ${n}`);
}

const mb = (kb: number) => round(kb / 1024, 1);

interface Measured {
  seconds: number[];
  medianSeconds: number;
  rowsPerSecond: number;
  ratiosPerRound?: number[];
  ratioToCeiling?: number;
}

/** The benchmark database on PostgreSQL: `paradigm_bench` next to DATABASE_URL, else on the local server. */
async function openPostgresBenchDatabase(): Promise<Database> {
  const target = benchTarget();
  const local = 'postgres://postgres@127.0.0.1:5432';
  return openBenchDatabase({ maxConnections: 2 }, target.dialect === 'postgres' ? target : { dialect: 'postgres', url: `${local}/paradigm_bench`, adminUrl: `${local}/postgres` });
}

/** `persist-bench [--rows N] [--batch-lexemes N] [--rounds N] [--copy-only]`: see the top of this file. */
export async function persistCommand(argv: readonly string[]): Promise<number> {
  const s = parseSettings(argv);
  if (!s) {
    console.log(USAGE);
    return 0;
  }
  const startRssKb = process.resourceUsage().maxRSS;
  const loadBefore = loadAverage();
  const db = await openPostgresBenchDatabase();
  try {
    if (db.dialect !== 'postgres') throw new Error('The persist benchmark needs real PostgreSQL');
    const log = (line: string) => console.error(line);
    log(`persist bench: ${s.rows} rows, ${s.lexemes} lexemes x ${FORMS_PER_LEXEME}, ${s.batches} batches of ${s.batchLexemes} lexemes, ${s.rounds} rounds, on ${db.description}`);
    // Old forms (generation "o") are what the replace path deletes; new forms ("n") are written.
    const oldPages = encodePages(db.dialect, generation(s, 'o'), join(BENCH_DIR, 'old'), 'o');
    const newPages = encodePages(db.dialect, generation(s, 'n'), join(BENCH_DIR, 'new'), 'n');

    const copy = copyWriter();
    const times = new Map<string, number[]>();
    const record = (key: string, seconds: number) => times.set(key, [...(times.get(key) ?? []), seconds]);
    const ceilingOf = { write: serverCopyStep(newPages), replace: serverReplaceStep(newPages) };
    const stepOf = (mode: 'write' | 'replace', writer: FormWriter) => (mode === 'write' ? writeStep(writer) : replaceStep(writer));
    const run = async (mode: 'write' | 'replace', writer: FormWriter, round: string) => {
      const [ceiling, own] = await interleaved(db, s, mode, oldPages, ceilingOf[mode], stepOf(mode, writer));
      record(`${mode}/ceiling/${writer.name}`, ceiling);
      record(`${mode}/${writer.name}`, own);
      log(`  ${round} ${mode} ${writer.name}: ${own.toFixed(2)} s (${Math.round(s.rows / own)} rows/s) vs ceiling ${ceiling.toFixed(2)} s (${Math.round(s.rows / ceiling)} rows/s): ${(ceiling / own).toFixed(3)}`);
    };
    for (let round = 1; round <= s.rounds; round += 1) {
      for (const mode of ['write', 'replace'] as const) await run(mode, copy, `round ${round}`);
    }
    const copyRssKb = process.resourceUsage().maxRSS;
    if (s.copyOnly) {
      const ratio = (k: string, c: string) => (median(times.get(c)!) / median(times.get(k)!)).toFixed(3);
      log(`copy-only: write ratio ${ratio('write/copy', 'write/ceiling/copy')}, replace ratio ${ratio('replace/copy', 'replace/ceiling/copy')}, peak RSS ${mb(copyRssKb)} MB`);
      return 0;
    }
    for (const name of ['unnest', 'insert'] as const) {
      for (const mode of ['write', 'replace'] as const) await run(mode, getWriter(name), 'once');
    }
    const peakRssKb = process.resourceUsage().maxRSS;

    // A ratio pairs each run of a writer with the ceiling batches interleaved with it: ceiling seconds
    // over writer seconds, one per round; the reported ratio is their median.
    const measure = (key: string, ceiling?: string): Measured => {
      const seconds = times.get(key)!;
      const m = median(seconds);
      const out: Measured = { seconds: seconds.map((x) => round(x, 3)), medianSeconds: round(m, 3), rowsPerSecond: Math.round(s.rows / m) };
      if (ceiling) {
        const ratios = seconds.map((own, i) => times.get(ceiling)![i]! / own);
        out.ratiosPerRound = ratios.map((r) => round(r, 3));
        out.ratioToCeiling = round(median(ratios), 3);
      }
      return out;
    };
    const write = {
      'server-copy-ceiling': measure('write/ceiling/copy'),
      copy: measure('write/copy', 'write/ceiling/copy'),
      unnest: measure('write/unnest', 'write/ceiling/unnest'),
      insert: measure('write/insert', 'write/ceiling/insert'),
    };
    const replace = {
      'server-delete-copy-ceiling': measure('replace/ceiling/copy'),
      copy: measure('replace/copy', 'replace/ceiling/copy'),
      unnest: measure('replace/unnest', 'replace/ceiling/unnest'),
      insert: measure('replace/insert', 'replace/ceiling/insert'),
    };
    const root = findWorkspaceRoot();
    const ratio = replace.copy.ratioToCeiling!;
    const artifact = {
      benchmark: 'persist',
      command: `pnpm exec tsx apps/bench/src/main.ts persist --rows ${s.rows} --batch-lexemes ${s.batchLexemes} --rounds ${s.rounds}`,
      date: new Date().toISOString(),
      machine: describeMachine(),
      revision: gitRevision(root),
      postgres: await postgresSettings(db),
      database: db.description,
      config: {
        rows: s.rows,
        lexemes: s.lexemes,
        formsPerLexeme: FORMS_PER_LEXEME,
        batchLexemes: s.batchLexemes,
        rowsPerBatch: s.batchLexemes * FORMS_PER_LEXEME,
        batches: s.batches,
        rounds: s.rounds,
        table: 'forms as migrated: logged, indexes on lexeme_id and form, no keys',
        timing: 'per-batch transactions only (building the batch in JS is outside the timer; encoding is inside, it is the writer\'s work). Each writer runs interleaved batch by batch with the server-side ceiling (two passes, parity swapped, table reset before each), so both see the same machine load; ratio = ceiling seconds / writer seconds of the same interleaved run, median over rounds. copy: 3 rounds; unnest and insert: one round. The ceiling row shows the copy runs\' ceiling.',
      },
      write,
      replace,
      memory: { rssMBAtStart: mb(startRssKb), peakRssMBAfterCopyRuns: mb(copyRssKb), peakRssMBAllRuns: mb(peakRssKb) },
      // The machine is shared (other jobs may build and test on its cores): the load average says how
      // busy it was; alternating ceiling and copy round by round is what keeps the ratio meaningful.
      loadAverage: { before: loadBefore, after: loadAverage() },
      goal: {
        copyReplaceRatioToCeiling: ratio,
        ratioTarget: 0.9,
        ratioMet: ratio >= 0.9,
        peakRssMB: mb(copyRssKb),
        rssTargetMB: 200,
        rssMet: mb(copyRssKb) < 200,
      },
    };
    const out = join(root, 'benchmarks', 'phase4', 'persist.json');
    writeFileSync(out, JSON.stringify(artifact, null, 2) + '\n');
    log(`wrote ${out}: copy replace ${replace.copy.rowsPerSecond} rows/s = ${ratio} of the server-side DELETE + COPY ceiling; peak RSS ${mb(copyRssKb)} MB`);
    return 0;
  } finally {
    rmSync(BENCH_DIR, { recursive: true, force: true });
    await db.close();
  }
}
