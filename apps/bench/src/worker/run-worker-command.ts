/**
 * The runbook's DB-backed worker run: the worker's full recompute (default the first 1000 lexemes; the
 * worker's `recompute` flags apply, `--use-copy` included), run as a process on the benchmark database
 * (`benchTarget`), written to `benchmarks/phase4/worker-regeneration-baseline.json` with the
 * configuration, machine, git revision, counts, and fetch / compute / persist time per batch (p50/p95/p99).
 *
 *   pnpm exec tsx scripts/benchmarks/phase4/run-worker.ts --use-copy [--limit N | --all] [--out FILE]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { countLexemes, makeFolder } from '@paradigm/persistence';
import type { RunReport } from '@paradigm/recompute';
import { benchEnvironment, benchTarget, describeBenchTarget, openBenchDatabase } from '../seed/bench-database';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { workerProcess } from './worker-process';

const DEFAULT_OUT = 'benchmarks/phase4/worker-regeneration-baseline.json';
const SEED_COMMAND = 'pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts';

/** `run-worker [worker recompute flags] [--out FILE]`; resolves to the worker's exit code (1 when the database is empty). */
export async function runWorkerCommand(argv: readonly string[]): Promise<number> {
  const root = findWorkspaceRoot();
  const outIndex = argv.indexOf('--out');
  const out = resolve(root, outIndex >= 0 ? argv[outIndex + 1] : DEFAULT_OUT);
  const flags = outIndex >= 0 ? [...argv.slice(0, outIndex), ...argv.slice(outIndex + 2)] : [...argv];
  const worker = workerProcess(root);
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(`Usage: run-worker.ts [worker recompute flags] [--out FILE]\nRuns \`worker recompute\` on the benchmark database and writes its timings to ${DEFAULT_OUT}. The worker's flags:\n\n`);
    return spawnSync(worker.command, [...worker.args, 'recompute', '--help'], { stdio: 'inherit' }).status ?? 1;
  }
  // The benchmark database, never the user's (see `benchTarget`).
  const target = benchTarget();
  const db = await openBenchDatabase({ maxConnections: 1 }, target);
  let lexemes: number;
  try {
    lexemes = await countLexemes(db);
  } finally {
    await db.close(); // the worker opens it itself (PGlite allows one process)
  }
  if (lexemes === 0) {
    process.stderr.write(`run-worker: ${describeBenchTarget(target)} has no lexemes. Seed it first: ${SEED_COMMAND} (default 5000 lexemes x 5 patterns), then run this again.\n`);
    return 1;
  }
  const reportDir = mkdtempSync(join(tmpdir(), 'paradigm-run-worker-'));
  const reportFile = join(reportDir, 'report.json');
  try {
    const loadBefore = loadAverage();
    const run = spawnSync(worker.command, [...worker.args, 'recompute', ...flags, '--report', reportFile], { cwd: root, stdio: 'inherit', env: { ...process.env, ...benchEnvironment(target) } });
    if (run.error) throw run.error;
    let report: RunReport;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
    } catch {
      process.stderr.write(`run-worker: the worker exited ${run.status} without a report; nothing written\n`);
      return run.status ?? 1;
    }
    const artifact = {
      measuredAt: new Date().toISOString(),
      command: `pnpm exec tsx scripts/benchmarks/phase4/run-worker.ts ${argv.join(' ')}`.trim(),
      configuration: {
        workerArguments: ['recompute', ...flags].join(' '),
        method: report.writer,
        batchSize: report.batchSize,
        batchForms: report.batchForms,
        concurrency: report.concurrency,
        dialect: target.dialect,
        database: report.database,
      },
      machine: describeMachine(),
      revision: gitRevision(root),
      loadAverage: { before: loadBefore, after: loadAverage() },
      counts: { lexemes: report.lexemes, forms: report.forms, batches: report.batches, failed: report.failed, patternsLeftOut: report.patternProblems.length },
      elapsedMs: report.elapsedMs,
      formsPerSecond: Math.round(report.forms / (report.elapsedMs / 1000)),
      peakRssMb: report.peakRssMb,
      // Per batch. The phases overlap (batch n+1 is fetched and computed while batch n is written), so
      // their totals add up to more than elapsedMs.
      phases: report.timings,
    };
    makeFolder(dirname(out));
    writeFileSync(out, JSON.stringify(artifact, null, 2) + '\n');
    process.stderr.write(`run-worker: wrote ${out}\n`);
    return run.status ?? 1;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}
