/**
 * The worker's full recompute against two ceilings, side by side in one run, on real PostgreSQL:
 *
 * - worker: the built CLI (`node apps/worker/dist/main.js recompute --all`), end to end (grammar
 *   compile, fetch, compute, a new table, index builds, swap), on a table that already holds the old forms;
 * - DELETE + COPY ceiling: the same rows, already encoded, loaded by the server itself from files: per
 *   batch (the same lexeme id ranges as the worker's pages) one transaction with the per-range DELETE
 *   (`DELETE_RANGE_SQL`) + `COPY forms FROM '<file>'` into the indexed table, with `--concurrency`
 *   connections and the same session settings (`jit=off`): what replacing in place can reach;
 * - bulk ceiling: the same files loaded the way the worker's rebuild loads: one transaction that creates
 *   the new table, `COPY ... FROM '<file>' WITH (FREEZE)` of every page, builds the indexes the catalog
 *   lists, ANALYZE, and the swap (`persistence`'s own rebuild statements): what the rebuild can reach.
 *
 * Every timed run (worker or ceiling) starts from the same state: `VACUUM ANALYZE` of the lexicon and
 * forms tables and a `CHECKPOINT`, untimed (this server runs with autovacuum off, so without it each
 * run would leave a full table of dead rows to the next one). Reps alternate the order (ceiling first
 * in odd reps, worker first in even ones) so drift hits both; the artifact has every rep, the median
 * of the per-rep ratios and the ratio of the medians.
 * Writes benchmarks/phase4/worker-ceiling.json (merging sizes measured by earlier invocations).
 *
 *   pnpm nx run bench:worker-ceiling -- --lexemes 5000 [--batch-size 1000] [--concurrency 2] [--processes 1] [--reps 5] [--reuse]
 *
 * `--processes P` starts P worker processes together for each timed run: with P > 1 they run
 * `recompute --all --shared` and share the one rebuild range by range (the first recompute, which only sets the state up, is always one process).
 *
 * `--reuse` keeps the database of an earlier invocation when it holds exactly `--lexemes` lexemes
 * (seeding 500,000 takes minutes); the first recompute still runs, so the old forms are the current ones.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BEFORE_FIRST_LEXEME_ID, type Database, DELETE_RANGE_SQL, openDatabase, withConnection } from '@paradigm/persistence';
import { CONNECTION_DEFAULTS, DEFAULTS, type RunReport, withWorkerSessionSettings, workerSessionSettings } from '@paradigm/recompute';
import { ensureDataset } from '../seed/dataset-files';
import { seedDatabase } from '../seed/seed-database';
import { bulkCeiling, deleteCopyCeiling, type DeleteCopyRun, exportPages } from '../shared/copy-ceilings';
import { describeMachine, gitRevision, loadAverage, postgresSettings } from '../shared/provenance';
import { serverTotalCpuMs } from '../shared/server-cpu';
import { median } from '../shared/statistics';
import { queryRows } from '../shared/query-rows';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { workerProcess } from './worker-process';

const ROOT = findWorkspaceRoot();
const OUT = join(ROOT, 'benchmarks/phase4/worker-ceiling.json');
const FILES = '/tmp/paradigm-worker-ceiling';
/** The seed runbook's system: 1.6 s to persist 25,000 forms (5000 lexemes x 5 patterns). */
const RUNBOOK = { forms: 25_000, seconds: 1.6 };

interface Options {
  lexemes: number;
  batchSize: number;
  concurrency: number;
  reps: number;
  reuse: boolean;
  /** `recompute --all` processes started together, sharing the rebuild. */
  processes: number;
}

/** `worker-ceiling [--lexemes N] [--batch-size B] [--concurrency C] [--reps R] [--reuse]`: see the top of this file. */
export async function workerCeilingCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      lexemes: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      reps: { type: 'string' },
      reuse: { type: 'boolean' },
      processes: { type: 'string' },
    },
  });
  const options: Options = {
    lexemes: Number(values.lexemes ?? 5000),
    batchSize: Number(values['batch-size'] ?? DEFAULTS.batchSize),
    concurrency: Number(values.concurrency ?? DEFAULTS.concurrency),
    reps: Number(values.reps ?? 5),
    reuse: values.reuse ?? false,
    processes: Number(values.processes ?? 1),
  };
  if (!Number.isInteger(options.processes) || options.processes < 1) throw new Error(`--processes must be a positive integer, got ${values.processes}`);
  workerProcess(ROOT, true); // throws, with the command that builds it, if the built worker is missing
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `paradigm_worker_ceiling_${options.lexemes}`;
  const url = await prepareDatabase(adminUrl, name, options);
  // The ceiling's connections get the worker's session settings, so both sides run the same statements the same way.
  const db = await openDatabase({ url: withWorkerSessionSettings(url, workerSessionSettings(CONNECTION_DEFAULTS))!, maxConnections: options.concurrency + 1 });
  try {
    log('first recompute (so every later run replaces old forms that equal the new ones)');
    const warm = await runWorker(url, { ...options, processes: 1 });
    const pages = await exportPages(db, await pageRanges(db, options.batchSize), FILES);
    const loadAtStart = loadAverage();
    const ceiling: DeleteCopyRun[] = [];
    const worker: RunReport[] = [];
    const workerWallMs: number[] = [];
    const ceilingServerTotal: (number | null)[] = [];
    const workerServerTotal: (number | null)[] = [];
    const serverCpuDuring = async <T>(into: (number | null)[], run: () => Promise<T> | T): Promise<T> => {
      const before = serverTotalCpuMs();
      const result = await run();
      const after = serverTotalCpuMs();
      into.push(before === undefined || after === undefined ? null : after - before);
      return result;
    };
    const timedCeiling = async () => {
      await settle(db);
      ceiling.push(await serverCpuDuring(ceilingServerTotal, () => deleteCopyCeiling(db, pages, options.concurrency)));
    };
    const bulk: number[] = [];
    const bulkServerTotal: (number | null)[] = [];
    const timedBulk = async () => {
      await settle(db);
      bulk.push(await serverCpuDuring(bulkServerTotal, () => bulkCeiling(db, pages)));
    };
    const timedWorker = async () => {
      await settle(db);
      const start = performance.now();
      const report = await serverCpuDuring(workerServerTotal, () => runWorker(url, options));
      workerWallMs.push(Math.round(performance.now() - start));
      if (report.forms !== warm.forms) throw new Error(`worker wrote ${report.forms} forms, the first run ${warm.forms}`);
      worker.push(report);
    };
    for (let rep = 1; rep <= options.reps; rep++) {
      // The order rotates, so drift over the run hits each side alike.
      const order = [timedCeiling, timedBulk, timedWorker];
      for (let i = 0; i < order.length; i++) await order[(i + rep - 1) % order.length]!();
      log(
        `rep ${rep}: DELETE + COPY ceiling ${ceilingRate(warm.forms, ceiling.at(-1)!)} forms/s, bulk ceiling ${Math.round(warm.forms / (bulk.at(-1)! / 1000))} forms/s, ` +
          `worker ${rate(worker.at(-1)!)} forms/s, worker peak RSS ${worker.at(-1)!.peakRssMb} MB, load ${loadAverage().join(' ')}`,
      );
    }
    const bulkRates = bulk.map((ms) => Math.round(warm.forms / (ms / 1000)));
    const ceilingRates = ceiling.map((run) => ceilingRate(warm.forms, run));
    const workerRates = worker.map(rate);
    const workerRate = median(workerRates);
    const ceilingMedian = median(ceilingRates);
    const result = {
      lexemes: options.lexemes,
      forms: warm.forms,
      batches: pages.length,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      processes: options.processes,
      reps: options.reps,
      loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
      workerFormsPerSecond: workerRate,
      ceilingFormsPerSecond: ceilingMedian,
      bulkCeilingFormsPerSecond: median(bulkRates),
      ratioOfMedians: round3(workerRate / ceilingMedian),
      medianPairedRatio: round3(median(workerRates.map((w, i) => w / ceilingRates[i]!))),
      bulkRatioOfMedians: round3(workerRate / median(bulkRates)),
      bulkMedianPairedRatio: round3(median(workerRates.map((w, i) => w / bulkRates[i]!))),
      bulkCeilingFormsPerSecondPerRep: bulkRates,
      bulkPairedRatioPerRep: workerRates.map((w, i) => round3(w / bulkRates[i]!)),
      bulkCeilingServerTotalCpuMsPerRep: bulkServerTotal,
      workerPeakRssMb: Math.max(...worker.map((r) => r.peakRssMb)),
      firstRecomputePeakRssMb: warm.peakRssMb,
      ceilingFormsPerSecondPerRep: ceilingRates,
      workerFormsPerSecondPerRep: workerRates,
      pairedRatioPerRep: workerRates.map((w, i) => round3(w / ceilingRates[i]!)),
      workerElapsedMsPerRep: worker.map((r) => r.elapsedMs),
      workerProcessWallMsPerRep: workerWallMs,
      ceilingDeleteMsPerRep: ceiling.map((run) => Math.round(run.deleteMs)),
      ceilingCopyMsPerRep: ceiling.map((run) => Math.round(run.copyMs)),
      // Where the time goes on 2 shared cores: the ceiling's server processes against the worker's own
      // process (its server processes do the ceiling's work plus the page reads and locks).
      ceilingServerCpuMsPerRep: ceiling.map((run) => run.serverCpuMs ?? null),
      workerProcessCpuMsPerRep: worker.map((r) => r.cpuMs),
      // The whole server (every postgres process, WAL writer and checkpointer included) during each run.
      ceilingServerTotalCpuMsPerRep: ceilingServerTotal,
      workerServerTotalCpuMsPerRep: workerServerTotal,
      phasesOfLastWorkerRun: worker.at(-1)!.timings,
      // Where each worker run's time went: ms from its start to each step (see REBUILD_MILESTONES).
      workerMilestonesMsPerRep: worker.map((r) => r.milestones ?? null),
      secondsFor25000Forms: round3(RUNBOOK.forms / workerRate),
      speedupOverRunbook: Math.round((RUNBOOK.seconds / (RUNBOOK.forms / workerRate)) * 10) / 10,
    };
    log(JSON.stringify(result));
    // One entry per (lexemes, batch size, concurrency): runs of other configurations are kept.
    type Entry = { lexemes: number; batchSize: number; concurrency: number; processes?: number };
    const previous = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as { sizes?: Entry[] }) : {};
    const same = (s: Entry) => s.lexemes === options.lexemes && s.batchSize === options.batchSize && s.concurrency === options.concurrency && (s.processes ?? 1) === options.processes;
    const sizes = [...(previous.sizes ?? []).filter((s) => !same(s)), result].sort(
      (a, b) => a.lexemes - b.lexemes || b.concurrency - a.concurrency || a.batchSize - b.batchSize || (a.processes ?? 1) - (b.processes ?? 1),
    );
    mkdirSync(join(ROOT, 'benchmarks/phase4'), { recursive: true });
    writeFileSync(
      OUT,
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          command: 'pnpm nx run bench:worker-ceiling -- --lexemes N --batch-size B --concurrency C --processes P --reps R [--reuse]',
          database: await serverSettings(db),
          machine: describeMachine(),
          revision: gitRevision(ROOT),
          runbook: { ...RUNBOOK, formsPerSecond: RUNBOOK.forms / RUNBOOK.seconds },
          method:
            'worker = built CLI, recompute --all (rebuild into a new table + swap), forms / the run report\'s elapsedMs (grammar compile, count, fetch, compute, COPY, index builds, swap; not Node start-up: see workerProcessWallMsPerRep); ' +
            'with processes P > 1, P such processes started together (recompute --all --shared) share the rebuild: their forms summed / the longest elapsedMs among them; ' +
            'ceiling (DELETE + COPY) = per page (same id ranges, --concurrency connections, jit=off) one transaction: ' + DELETE_RANGE_SQL + ' + COPY forms FROM a server-side file of the same rows; ' +
            'bulk ceiling = one transaction: CREATE TABLE (LIKE forms), COPY FREEZE of every page file, the catalog\'s indexes, ANALYZE, swap; ' +
            'untimed VACUUM ANALYZE + CHECKPOINT before every timed run; order rotates per rep; logged tables, old forms present. The machine was shared with other jobs: see loadAverage.',
          sizes,
        },
        null,
        2,
      ) + '\n',
    );
    log(`wrote ${OUT}`);
    return 0;
  } finally {
    await db.close();
    rmSync(FILES, { recursive: true, force: true });
  }
}

/**
 * Runs `options.processes` worker processes together on `url` (`recompute --all` shares one rebuild
 * between them) and sums their reports: lexemes and forms added, the longest elapsed time, the most
 * CPU and RSS of any one, the phase timings of the one that ran longest.
 */
async function runWorker(url: string, options: Options): Promise<RunReport> {
  const worker = workerProcess(ROOT, true);
  const reports = await Promise.all(
    Array.from({ length: options.processes }, async (_, i) => {
      const reportFile = join('/tmp', `paradigm-worker-ceiling-${process.pid}-${i}.json`);
      const args = [...worker.args, 'recompute', '--all', ...(options.processes > 1 ? ['--shared'] : []), '--method', 'copy', '--batch-size', String(options.batchSize), '--concurrency', String(options.concurrency), '--progress', 'none', '--report', reportFile];
      const child = spawn(worker.command, args, { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      if (status !== 0) throw new Error(`worker exited ${status}: ${output}`);
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
      rmSync(reportFile);
      return report;
    }),
  );
  const longest = reports.reduce((a, b) => (b.elapsedMs > a.elapsedMs ? b : a));
  const sum = (key: 'lexemes' | 'forms' | 'batches') => reports.reduce((total, report) => total + report[key], 0);
  return {
    ...longest,
    lexemes: sum('lexemes'),
    forms: sum('forms'),
    batches: sum('batches'),
    cpuMs: Math.max(...reports.map((report) => report.cpuMs)),
    peakRssMb: Math.max(...reports.map((report) => report.peakRssMb)),
  };
}

/** The worker's pages: consecutive runs of `batchSize` lexemes in id order, as `(after, last]` id ranges. */
async function pageRanges(db: Database, batchSize: number): Promise<{ after: number; last: number }[]> {
  const lasts = await queryRows<{ last: number }>(
    db,
    'SELECT max(id) AS last FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / $1 AS page FROM lexemes) p GROUP BY page ORDER BY page',
    [batchSize],
  );
  return lasts.map((row, i) => ({ after: i === 0 ? BEFORE_FIRST_LEXEME_ID : lasts[i - 1]!.last, last: row.last }));
}

/** The same starting state for every timed run: no dead rows, fresh statistics, nothing dirty to flush. */
async function settle(db: Database): Promise<void> {
  await withConnection(db, async (conn) => {
    await conn.query('VACUUM ANALYZE forms, lexemes, lexeme_patterns');
    await conn.query('CHECKPOINT');
  });
}

/** Drops and creates `name`, or with `--reuse` keeps it when it already holds the lexemes; seeds it if needed. */
async function prepareDatabase(adminUrl: string, name: string, options: Options): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = await openDatabase({ url: adminUrl, migrate: false, maxConnections: 1 });
  try {
    const exists = (await queryRows(admin, 'SELECT 1 FROM pg_database WHERE datname = $1', [name])).length > 0;
    if (options.reuse && exists && (await lexemeCount(url.toString())) === options.lexemes) {
      log(`reusing ${name} (${options.lexemes} lexemes)`);
      return url.toString();
    }
    await queryRows(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await queryRows(admin, `CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const db = await openDatabase({ url: url.toString(), maxConnections: 1 });
  try {
    log(`seeding ${options.lexemes} lexemes x 5 patterns into ${db.description}`);
    await seedDatabase(db, await ensureDataset({ lexemes: options.lexemes, patternsPerLexeme: 5, seed: 1 }));
  } finally {
    await db.close();
  }
  return url.toString();
}

async function lexemeCount(url: string): Promise<number> {
  const db = await openDatabase({ url, maxConnections: 1 });
  try {
    return (await queryRows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM lexemes'))[0]!.n;
  } finally {
    await db.close();
  }
}

/** What decides the ceiling on this server, recorded with the numbers. */
async function serverSettings(db: Database): Promise<Record<string, string>> {
  return { engine: 'PostgreSQL', ...(await postgresSettings(db)), note: 'read on the benchmark sessions, which set jit=off as the worker does (the server default is jit=on)' };
}

const rate = (report: RunReport) => Math.round(report.forms / (report.elapsedMs / 1000));
const ceilingRate = (forms: number, run: DeleteCopyRun) => Math.round(forms / (run.ms / 1000));
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const log = (line: string) => process.stderr.write(`worker-ceiling: ${line}\n`);

