/**
 * The runbook's DB-backed worker run: a full recompute (default the first 1000 lexemes, the worker's
 * `recompute` flags apply, `--use-copy` included) on the benchmark database (`openBenchDatabase`), written to
 * `benchmarks/phase4/worker-regeneration-baseline.json` with the configuration, machine, git revision,
 * counts, and fetch / compute / persist time per batch (p50/p95/p99).
 *
 *   pnpm exec tsx scripts/benchmarks/phase4/run-worker.ts --use-copy [--limit N | --all] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { countLexemes, openBenchDatabase, workspaceRoot } from '@paradigm/persistence';
import { chooseProgress, formatSummary, installShutdown, type RecomputeConfig, runWorker } from '@paradigm/recompute';
import type { ProcessSettings } from '../src/cli/command-line-config';
import { parseCommandLine } from '../src/cli/parse-command-line';
import { SUMMARY_COMMANDS } from '../src/main';
import { gitRevision, machineInfo } from './machine';

const DEFAULT_OUT = 'benchmarks/phase4/worker-regeneration-baseline.json';

export async function main(argv: readonly string[]): Promise<number> {
  const root = workspaceRoot();
  const outIndex = argv.indexOf('--out');
  const out = resolve(root, outIndex >= 0 ? argv[outIndex + 1] : DEFAULT_OUT);
  const flags = outIndex >= 0 ? [...argv.slice(0, outIndex), ...argv.slice(outIndex + 2)] : [...argv];
  const parsed = parseCommandLine(['recompute', ...flags]);
  if (parsed.kind === 'help') {
    process.stdout.write('Usage: run-worker.ts [worker recompute flags] [--out FILE]\nRuns `worker recompute` and writes its timings to ' + DEFAULT_OUT + '.\n');
    return 0;
  }
  const config = parsed.config as RecomputeConfig & ProcessSettings;
  // The benchmark database, never the user's (see `benchTarget`).
  const db = await openBenchDatabase({ maxConnections: config.concurrency + 1 });
  const shutdown = installShutdown(config.shutdownTimeoutMs, (line) => process.stderr.write(`run-worker: ${line}\n`));
  try {
    if ((await countLexemes(db)) === 0) {
      process.stderr.write(`run-worker: ${db.description} has no lexemes. Seed it first: pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts (default 5000 lexemes x 5 patterns), then run this again.\n`);
      return 1;
    }
    const report = await runWorker(db, config, { progress: chooseProgress(config.progress), signal: shutdown.signal });
    process.stdout.write(formatSummary(report, SUMMARY_COMMANDS));
    const artifact = {
      measuredAt: new Date().toISOString(),
      command: `pnpm exec tsx scripts/benchmarks/phase4/run-worker.ts ${argv.join(' ')}`.trim(),
      configuration: {
        selection: config.selection,
        method: config.method,
        batchSize: config.batchSize,
        batchForms: config.batchForms,
        concurrency: report.concurrency,
        dialect: db.dialect,
        database: db.description,
      },
      machine: machineInfo(),
      git: gitRevision(root),
      counts: { lexemes: report.lexemes, forms: report.forms, batches: report.batches, failed: report.failed, patternsLeftOut: report.patternProblems.length },
      elapsedMs: report.elapsedMs,
      formsPerSecond: Math.round(report.forms / (report.elapsedMs / 1000)),
      peakRssMb: report.peakRssMb,
      // Per batch. The phases overlap (batch n+1 is fetched and computed while batch n is written), so
      // their totals add up to more than elapsedMs.
      phases: report.timings,
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(artifact, null, 2) + '\n');
    process.stderr.write(`run-worker: wrote ${join(out)}\n`);
    return report.interrupted ? 130 : report.failed > 0 ? 1 : 0;
  } finally {
    shutdown.dispose();
    await db.close();
  }
}
