import type { Database, LockWaitListener } from '@paradigm/persistence';
import { getWriter } from '@paradigm/persistence';
import type { FormsGenerationListener } from './compute/forms-generation';
import type { WorkerConfig } from './config/worker-config';
import { fullRecompute } from './pipeline/full-recompute';
import { rebuildEveryForm } from './pipeline/rebuild-every-form';
import { runQueue } from './pipeline/run-queue';
import type { RunReport } from './report/run-report';
import type { ProgressReporter } from './progress/progress-reporter';
import type { BatchHooks } from './runtime/batch-hooks';
import type { ReconnectPolicy } from './runtime/reconnect';

/** What a run needs besides its configuration. */
export interface WorkerContext {
  readonly progress: ProgressReporter;
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  readonly onBatch?: (lexemeIds: readonly number[]) => void;
  /**
   * `run --follow` only: when the database goes away or times out, reconnect this way and carry on
   * instead of failing. Without it (and for one-shot commands) the database error is thrown.
   */
  readonly reconnect?: ReconnectPolicy;
  /** `run --follow` on PostgreSQL: its notification session was lost; it goes on polling. */
  readonly onListenerLost?: (error: Error) => void;
  /** `recompute --all`: told who holds `forms` when the swap has waited a few seconds for it. */
  readonly onLockWait?: LockWaitListener;
  /** Told when the forms were an earlier paradigm's, and every lexeme is computed again (see `takeOverFormsGeneration`). */
  readonly onFormsGenerationRaised?: FormsGenerationListener;
}

/** Runs `config`'s command on `db` (the CLI, the benchmark scripts and the tests all come through here). */
export function runWorker(db: Database, config: WorkerConfig, context: WorkerContext): Promise<RunReport> {
  const common = { batchSize: config.batchSize, batchForms: config.batchForms, concurrency: config.concurrency, writer: getWriter(config.method), ...context };
  if (config.command === 'run') return runQueue(db, config, common);
  // Every lexeme: a new table and a swap. Some lexemes: replaced in place.
  if (config.selection.kind === 'all') return rebuildEveryForm(db, { ...common, shared: config.selection.shared === true });
  return fullRecompute(db, { ...common, selection: config.selection });
}
