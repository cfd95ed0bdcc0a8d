/**
 * The worker's full recompute against its ceiling, side by side in one run, on real PostgreSQL:
 *
 * - worker: the built CLI (`node apps/worker/dist/main.js recompute --all --method copy`), end to end
 *   (grammar compile, fetch, compute, persist), on a table that already holds the old forms;
 * - ceiling: the same rows, already encoded, loaded by the server itself from files: per batch (the
 *   same lexeme ranges the worker uses) one transaction with DELETE of those lexemes' forms + `COPY
 *   forms FROM '<file>'`, with the same concurrency.
 *
 * Reps alternate (ceiling, worker, ceiling, worker, ...) so drift hits both; medians are compared.
 * Writes benchmarks/phase4/worker-ceiling.json (merging sizes measured by earlier invocations).
 *
 *   pnpm nx run worker:build
 *   pnpm exec tsx apps/worker/bench/worker-ceiling.ts --lexemes 5000 [--batch-size 1000] [--concurrency 2] [--reps 3]
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, datasetDir, openDatabase, readManifest, seedDatabase, workspaceRoot, writeDataset } from '@paradigm/persistence';
import type { RunReport } from '../src/pipeline/run-report';
import { gitRevision, machineInfo } from './machine';

const ROOT = workspaceRoot();
const OUT = join(ROOT, 'benchmarks/phase4/worker-ceiling.json');
const WORKER = join(ROOT, 'apps/worker/dist/main.js');
const FILES = '/tmp/paradigm-worker-ceiling';
/** The seed runbook's system: 1.6 s to persist 25,000 forms (5000 lexemes x 5 patterns). */
const RUNBOOK = { forms: 25_000, seconds: 1.6 };

interface Options {
  lexemes: number;
  batchSize: number;
  concurrency: number;
  reps: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lexemes: { type: 'string' }, 'batch-size': { type: 'string' }, concurrency: { type: 'string' }, reps: { type: 'string' } },
  });
  const options: Options = {
    lexemes: Number(values.lexemes ?? 5000),
    batchSize: Number(values['batch-size'] ?? 1000),
    concurrency: Number(values.concurrency ?? 2),
    reps: Number(values.reps ?? 3),
  };
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`pnpm nx run worker:build\` first (the benchmark measures the built JS).`);
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = await freshDatabase(adminUrl, `paradigm_worker_ceiling_${options.lexemes}`);
  const db = await openDatabase({ url, maxConnections: options.concurrency + 1 });
  try {
    log(`seeding ${options.lexemes} lexemes x 5 patterns into ${db.description}`);
    const params = { lexemes: options.lexemes, patternsPerLexeme: 5, seed: 1 };
    const dir = datasetDir(params);
    if (!readManifest(dir)) await writeDataset(params, dir);
    await seedDatabase(db, dir);
    log('first recompute (so every later run replaces old forms)');
    const warm = runWorker(url, options);
    const ranges = await batchRanges(db, options.batchSize);
    await exportBatches(db, ranges);
    const ceiling: number[] = [];
    const worker: RunReport[] = [];
    for (let rep = 1; rep <= options.reps; rep++) {
      const ms = await runCeiling(db, ranges, options.concurrency);
      ceiling.push(warm.forms / (ms / 1000));
      const report = runWorker(url, options);
      if (report.forms !== warm.forms) throw new Error(`worker wrote ${report.forms} forms, the first run ${warm.forms}`);
      worker.push(report);
      log(`rep ${rep}: ceiling ${Math.round(ceiling.at(-1)!)} forms/s, worker ${rate(report)} forms/s, worker peak RSS ${report.peakRssMb} MB`);
    }
    const workerRate = median(worker.map(rate));
    const ceilingRate = median(ceiling);
    const result = {
      lexemes: options.lexemes,
      forms: warm.forms,
      batches: ranges.length,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      reps: options.reps,
      workerFormsPerSecond: Math.round(workerRate),
      ceilingFormsPerSecond: Math.round(ceilingRate),
      ratioToCeiling: Math.round((workerRate / ceilingRate) * 1000) / 1000,
      workerPeakRssMb: Math.max(...worker.map((r) => r.peakRssMb)),
      workerElapsedMs: worker.map((r) => r.elapsedMs),
      ceilingFormsPerSecondPerRep: ceiling.map(Math.round),
      workerFormsPerSecondPerRep: worker.map(rate),
      phasesOfLastWorkerRun: worker.at(-1)!.timings,
      secondsFor25000Forms: Math.round((RUNBOOK.forms / workerRate) * 1000) / 1000,
      speedupOverRunbook: Math.round((RUNBOOK.seconds / (RUNBOOK.forms / workerRate)) * 10) / 10,
    };
    log(JSON.stringify(result));
    const previous = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as { sizes?: Array<{ lexemes: number }> }) : {};
    const sizes = [...(previous.sizes ?? []).filter((s) => s.lexemes !== options.lexemes), result].sort((a, b) => a.lexemes - b.lexemes);
    mkdirSync(join(ROOT, 'benchmarks/phase4'), { recursive: true });
    writeFileSync(
      OUT,
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          command: 'pnpm exec tsx apps/worker/bench/worker-ceiling.ts --lexemes N --batch-size B --concurrency C --reps R',
          database: 'PostgreSQL ' + (await serverVersion(db)),
          machine: machineInfo(),
          git: gitRevision(ROOT),
          runbook: { ...RUNBOOK, formsPerSecond: RUNBOOK.forms / RUNBOOK.seconds },
          note: 'worker = built CLI, recompute --all --method copy, end to end incl. grammar compile; ceiling = per batch DELETE + server-side COPY FROM file of the same rows, same batches and concurrency; medians of alternating reps',
          sizes,
        },
        null,
        2,
      ) + '\n',
    );
    log(`wrote ${OUT}`);
  } finally {
    await db.close();
    rmSync(FILES, { recursive: true, force: true });
  }
}

function runWorker(url: string, options: Options): RunReport {
  const reportFile = join('/tmp', `paradigm-worker-ceiling-${process.pid}.json`);
  const args = [WORKER, 'recompute', '--all', '--method', 'copy', '--batch-size', String(options.batchSize), '--concurrency', String(options.concurrency), '--progress', 'none', '--report', reportFile];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`worker exited ${child.status}: ${child.stderr}${child.stdout}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
  rmSync(reportFile);
  return report;
}

interface Range {
  readonly first: number;
  readonly last: number;
  readonly file: string;
}

/** The worker's batches: consecutive runs of `batchSize` lexeme ids. */
async function batchRanges(db: Database, batchSize: number): Promise<Range[]> {
  const conn = await db.acquire();
  try {
    const { rows } = await conn.query<{ first: number; last: number }>(
      'SELECT min(id) AS first, max(id) AS last FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / $1 AS batch FROM lexemes) b GROUP BY batch ORDER BY batch',
      [batchSize],
    );
    return rows.map((row, i) => ({ ...row, file: `${FILES}/batch-${i}.tsv` }));
  } finally {
    conn.release();
  }
}

/** Has the server write each batch's current rows to a file it can COPY FROM later. */
async function exportBatches(db: Database, ranges: readonly Range[]): Promise<void> {
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES);
  chmodSync(FILES, 0o777); // the server process (user postgres) writes here
  const conn = await db.acquire();
  try {
    for (const range of ranges) {
      await conn.query(`COPY (SELECT lexeme_id, pattern_id, cell, form FROM forms WHERE lexeme_id BETWEEN ${range.first} AND ${range.last}) TO '${range.file}'`);
    }
  } finally {
    conn.release();
  }
}

/** The ceiling: per batch, DELETE + server-side COPY FROM file, `concurrency` batches at once. Resolves to ms. */
async function runCeiling(db: Database, ranges: readonly Range[], concurrency: number): Promise<number> {
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    const conn = await db.acquire();
    try {
      for (let i = next++; i < ranges.length; i = next++) {
        const range = ranges[i];
        await conn.transaction(async (tx) => {
          await tx.query('DELETE FROM forms WHERE lexeme_id BETWEEN $1 AND $2', [range.first, range.last]);
          await tx.query(`COPY forms (lexeme_id, pattern_id, cell, form) FROM '${range.file}'`);
        });
      }
    } finally {
      conn.release();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return performance.now() - start;
}

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = await openDatabase({ url: adminUrl, migrate: false, maxConnections: 1 });
  const conn = await admin.acquire();
  try {
    await conn.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await conn.query(`CREATE DATABASE ${name}`);
  } finally {
    conn.release();
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function serverVersion(db: Database): Promise<string> {
  const conn = await db.acquire();
  try {
    return (await conn.query<{ v: string }>('SHOW server_version')).rows[0].v;
  } finally {
    conn.release();
  }
}

const rate = (report: RunReport) => Math.round(report.forms / (report.elapsedMs / 1000));
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (line: string) => process.stderr.write(`worker-ceiling: ${line}\n`);

main().catch((error: Error) => {
  process.stderr.write(`worker-ceiling: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
