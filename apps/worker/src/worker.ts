import { type Database, getWriter } from '@paradigm/persistence';
import type { WorkerConfig } from './config/worker-config';
import { drainQueue } from './pipeline/drain-queue';
import { fullRecompute } from './pipeline/full-recompute';
import type { RunReport } from './pipeline/run-report';
import type { ProgressReporter } from './progress/progress-reporter';
import type { BatchHooks } from './runtime/batch-hooks';

/** What a run needs besides its configuration. */
export interface WorkerContext {
  readonly progress: ProgressReporter;
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  readonly onBatch?: (lexemeIds: readonly number[]) => void;
}

/** Runs `config`'s command on `db` (the CLI, the benchmark scripts and the tests all come through here). */
export function runWorker(db: Database, config: WorkerConfig, context: WorkerContext): Promise<RunReport> {
  const common = { batchSize: config.batchSize, batchForms: config.batchForms, concurrency: config.concurrency, writer: getWriter(config.method), ...context };
  if (config.command === 'recompute') return fullRecompute(db, { ...common, selection: config.selection });
  return drainQueue(db, { ...common, follow: config.follow, pollMs: config.pollMs, retryFailed: config.retryFailed });
}
