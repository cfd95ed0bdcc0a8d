/**
 * Persist benchmark (not a test): 1,000,000 forms through each writer on real PostgreSQL, side by side
 * with the server-side ceiling (`COPY forms FROM '<file>'` of the same rows, same batches), for plain
 * writes and for the replace path (lock + DELETE old forms + write, per batch, old forms present).
 * Writes benchmarks/phase4/persist.json.
 *
 *   pnpm exec tsx packages/persistence/bench/persist-bench.ts [--rows 1000000] [--batch-lexemes 1000] [--rounds 3]
 *
 * Uses DATABASE_URL if set, else creates the database paradigm_bench on 127.0.0.1:5432. The ceiling
 * needs the server to read files this process writes (in the OS temp folder), so the server must be on this machine.
 */
import { execSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  type Connection,
  copyWriter,
  type Database,
  FORM_COLUMNS,
  type FormRows,
  type FormWriter,
  getWriter,
  openDatabase,
  replaceForms,
  withConnection,
  workspaceRoot,
} from '@paradigm/persistence';

const FORMS_PER_LEXEME = 20;
const CELLS = ['N;SG', 'N;PL', 'N;DU', 'N;SG;GEN', 'N;PL;GEN', 'N;SG;ACC', 'N;PL;ACC', 'V;PST;3;SG;M', 'V;PRS;3;SG;M', 'V;PST;PASS'];
const LETTERS = ['k', 't', 'b', 'š', 'ħ', 'a', 'i', 'ū', 'ā', 'r', 'm', 'n', 's', 'q', 'l', 'u', 'e', 'ʕ', 'd', 'z'];

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'batch-lexemes': { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'copy-only': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (flags.help) {
  console.log('Usage: pnpm exec tsx packages/persistence/bench/persist-bench.ts [--rows N] [--batch-lexemes N] [--rounds N] [--copy-only (tuning: skip unnest/insert, write no artifact)]');
  process.exit(0);
}
const ROWS = Number(flags.rows);
const BATCH_LEXEMES = Number(flags['batch-lexemes']);
const ROUNDS = Number(flags.rounds);
const LEXEMES = Math.ceil(ROWS / FORMS_PER_LEXEME);
const BATCHES = Math.ceil(LEXEMES / BATCH_LEXEMES);

/** A batch's forms as generated, in columns, before any writer encodes them. */
interface Generated {
  lexemeIds: number[];
  patternIds: number[];
  cells: string[];
  surfaces: string[];
}

/** The forms of batch `b` (lexemes b*B+1 .. (b+1)*B), built on demand so the run never holds all rows. */
function makeBatch(b: number, generation: string): { ids: number[]; batch: Generated } {
  const ids: number[] = [];
  const batch: Generated = { lexemeIds: [], patternIds: [], cells: [], surfaces: [] };
  for (let id = b * BATCH_LEXEMES + 1; id <= Math.min((b + 1) * BATCH_LEXEMES, LEXEMES); id += 1) {
    ids.push(id);
    let stem = '';
    for (let x = id; x > 0; x = Math.floor(x / 20)) stem += LETTERS[x % 20];
    for (let f = 0; f < FORMS_PER_LEXEME && (id - 1) * FORMS_PER_LEXEME + f < ROWS; f += 1) {
      batch.lexemeIds.push(id);
      batch.patternIds.push(1 + (f % 5));
      batch.cells.push(CELLS[f % CELLS.length]!);
      batch.surfaces.push(`${generation}${stem}${LETTERS[f]}${f % 3 === 0 ? 'ūn' : 'at'}`);
    }
  }
  return { ids, batch };
}

/** `batch` added to new rows of `writer` (the generator's work: the `copy` writer encodes as rows are added). */
function rowsOf<R extends FormRows>(writer: FormWriter<R>, batch: Generated): R {
  const rows = writer.newRows();
  for (let i = 0; i < batch.lexemeIds.length; i += 1) rows.add(batch.lexemeIds[i]!, batch.patternIds[i]!, batch.cells[i]!, batch.surfaces[i]!);
  return rows;
}

const BENCH_DIR = join(tmpdir(), 'paradigm-persist-bench');

/** Writes each batch as a TSV file the server can read (world-readable), for the server-side ceiling. */
function writeBatchFiles(generation: string): string[] {
  mkdirSync(BENCH_DIR, { recursive: true });
  chmodSync(BENCH_DIR, 0o755);
  const files: string[] = [];
  for (let b = 0; b < BATCHES; b += 1) {
    const file = join(BENCH_DIR, `${generation}-${String(b).padStart(5, '0')}.tsv`);
    writeFileSync(file, Buffer.concat(rowsOf(copyWriter(), makeBatch(b, generation).batch).chunks()));
    chmodSync(file, 0o644);
    files.push(file);
  }
  return files;
}

async function resetForms(db: Database, oldFiles: string[] | undefined): Promise<void> {
  await withConnection(db, async (conn) => {
    await conn.query('TRUNCATE forms');
    if (oldFiles) for (const file of oldFiles) await conn.query(`COPY forms ${FORM_COLUMNS} FROM '${file}'`);
    await conn.query('VACUUM ANALYZE forms');
    await conn.query('CHECKPOINT');
  });
}

type Step = (tx: Connection, b: number, ids: number[], batch: Generated) => Promise<unknown>;

/**
 * Times `a` and `b` side by side: two passes over all batches, `a` on even batches and `b` on odd ones,
 * then swapped, the table reset before each pass. Each method writes every row once, and the two are
 * never more than one batch (~0.2 s) apart in time, so load from other processes on this shared
 * machine hits both alike. Only the per-batch transactions are timed.
 */
async function interleaved(db: Database, mode: 'write' | 'replace', oldFiles: string[], a: Step, b: Step): Promise<[number, number]> {
  const totals: [number, number] = [0, 0];
  for (let pass = 0; pass < 2; pass += 1) {
    await resetForms(db, mode === 'replace' ? oldFiles : undefined);
    const conn = await db.acquire();
    try {
      for (let n = 0; n < BATCHES; n += 1) {
        const which = (n + pass) % 2;
        const { ids, batch } = makeBatch(n, 'n');
        const start = process.hrtime.bigint();
        await conn.transaction((tx) => (which === 0 ? a : b)(tx, n, ids, batch));
        totals[which] += Number(process.hrtime.bigint() - start) / 1e9;
      }
    } finally {
      conn.release();
    }
    await assertRowCount(db);
  }
  return totals;
}

const writeStep = (writer: FormWriter): Step => (tx, _b, _ids, batch) => rowsOf(writer, batch).write(tx);
const replaceStep = (writer: FormWriter): Step => (tx, _b, ids, batch) => replaceForms(tx, ids, rowsOf(writer, batch));
const serverCopyStep = (files: string[]): Step => (tx, b) => tx.query(`COPY forms ${FORM_COLUMNS} FROM '${files[b]}'`);
const serverReplaceStep = (files: string[]): Step => async (tx, b, ids) => {
  await tx.query('DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', [ids]);
  await tx.query(`COPY forms ${FORM_COLUMNS} FROM '${files[b]}'`);
};

async function assertRowCount(db: Database): Promise<void> {
  const n = await withConnection(db, async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows[0]!.n);
  if (n !== ROWS) throw new Error(`expected ${ROWS} rows in forms after a run, found ${n}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

interface Measured {
  seconds: number[];
  medianSeconds: number;
  rowsPerSecond: number;
  ratiosPerRound?: number[];
  ratioToCeiling?: number;
}

async function openBenchDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return openDatabase({ url: process.env.DATABASE_URL, maxConnections: 2 });
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS paradigm_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE paradigm_bench');
  await admin.end();
  return openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/paradigm_bench', maxConnections: 2 });
}

async function main(): Promise<void> {
  const startRssKb = process.resourceUsage().maxRSS;
  const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
  const db = await openBenchDatabase();
  if (db.dialect !== 'postgres') throw new Error('The persist benchmark needs real PostgreSQL');
  const log = (s: string) => console.error(s);
  log(`persist bench: ${ROWS} rows, ${LEXEMES} lexemes x ${FORMS_PER_LEXEME}, ${BATCHES} batches of ${BATCH_LEXEMES} lexemes, ${ROUNDS} rounds, on ${db.description}`);
  // Old forms (generation "o") are what the replace path deletes; new forms ("n") are written.
  rmSync(BENCH_DIR, { recursive: true, force: true });
  const oldCopies = writeBatchFiles('o');
  const newFiles = writeBatchFiles('n');

  const copy = copyWriter();
  const times = new Map<string, number[]>();
  const record = (key: string, seconds: number) => times.set(key, [...(times.get(key) ?? []), seconds]);
  const ceilingOf = { write: serverCopyStep(newFiles), replace: serverReplaceStep(newFiles) };
  const stepOf = (mode: 'write' | 'replace', writer: FormWriter) => (mode === 'write' ? writeStep(writer) : replaceStep(writer));
  const run = async (mode: 'write' | 'replace', writer: FormWriter, round: string) => {
    const [ceiling, own] = await interleaved(db, mode, oldCopies, ceilingOf[mode], stepOf(mode, writer));
    record(`${mode}/ceiling/${writer.name}`, ceiling);
    record(`${mode}/${writer.name}`, own);
    log(`  ${round} ${mode} ${writer.name}: ${own.toFixed(2)} s (${Math.round(ROWS / own)} rows/s) vs ceiling ${ceiling.toFixed(2)} s (${Math.round(ROWS / ceiling)} rows/s): ${(ceiling / own).toFixed(3)}`);
  };
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const mode of ['write', 'replace'] as const) await run(mode, copy, `round ${round}`);
  }
  const copyRssKb = process.resourceUsage().maxRSS;
  if (flags['copy-only']) {
    const ratio = (k: string, c: string) => (median(times.get(c)!) / median(times.get(k)!)).toFixed(3);
    log(`copy-only: write ratio ${ratio('write/copy', 'write/ceiling/copy')}, replace ratio ${ratio('replace/copy', 'replace/ceiling/copy')}, peak RSS ${mb(copyRssKb)} MB`);
    await db.close();
    return;
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
    const out: Measured = { seconds: seconds.map((s) => Math.round(s * 1000) / 1000), medianSeconds: Math.round(m * 1000) / 1000, rowsPerSecond: Math.round(ROWS / m) };
    if (ceiling) {
      const ratios = seconds.map((own, i) => times.get(ceiling)![i]! / own);
      out.ratiosPerRound = ratios.map((r) => Math.round(r * 1000) / 1000);
      out.ratioToCeiling = Math.round(median(ratios) * 1000) / 1000;
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
  const server = await withConnection(db, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);
  const ratio = replace.copy.ratioToCeiling!;
  const artifact = {
    benchmark: 'persist',
    command: `pnpm exec tsx packages/persistence/bench/persist-bench.ts --rows ${ROWS} --batch-lexemes ${BATCH_LEXEMES} --rounds ${ROUNDS}`,
    date: new Date().toISOString(),
    gitRevision: execSync('git rev-parse HEAD', { cwd: workspaceRoot() }).toString().trim(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, os: `${platform()} ${release()}`, postgres: server },
    database: db.description,
    config: {
      rows: ROWS,
      lexemes: LEXEMES,
      formsPerLexeme: FORMS_PER_LEXEME,
      batchLexemes: BATCH_LEXEMES,
      rowsPerBatch: BATCH_LEXEMES * FORMS_PER_LEXEME,
      batches: BATCHES,
      rounds: ROUNDS,
      table: 'forms as migrated: logged, indexes on lexeme_id and form, no keys',
      timing: 'per-batch transactions only (generating the batch in JS is outside the timer; adding it to the writer\'s rows, which for copy encodes it, is inside, it is the writer\'s work). Each writer runs interleaved batch by batch with the server-side ceiling (two passes, parity swapped, table reset before each), so both see the same machine load; ratio = ceiling seconds / writer seconds of the same interleaved run, median over rounds. copy: 3 rounds; unnest and insert: one round. The ceiling row shows the copy runs\' ceiling.',
    },
    write,
    replace,
    memory: { rssMBAtStart: mb(startRssKb), peakRssMBAfterCopyRuns: mb(copyRssKb), peakRssMBAllRuns: mb(peakRssKb) },
    // The machine is shared (other jobs may build and test on its cores): the load average says how
    // busy it was; alternating ceiling and copy round by round is what keeps the ratio meaningful.
    loadAverage: { before: loadBefore, after: loadavg().map((x) => Math.round(x * 100) / 100) },
    goal: {
      copyReplaceRatioToCeiling: ratio,
      ratioTarget: 0.9,
      ratioMet: ratio >= 0.9,
      peakRssMB: mb(copyRssKb),
      rssTargetMB: 200,
      rssMet: mb(copyRssKb) < 200,
    },
  };
  const out = join(workspaceRoot(), 'benchmarks', 'phase4', 'persist.json');
  writeFileSync(out, JSON.stringify(artifact, null, 2) + '\n');
  log(`wrote ${out}: copy replace ${replace.copy.rowsPerSecond} rows/s = ${ratio} of the server-side DELETE + COPY ceiling; peak RSS ${mb(copyRssKb)} MB`);
  rmSync(BENCH_DIR, { recursive: true, force: true });
  await db.close();
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
