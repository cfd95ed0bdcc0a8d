import { type Database, getWriter, type LockWaitListener } from '@paradigm/persistence';
import { GrammarCache } from './compute/grammar-cache';
import { REBUILD_THRESHOLD, type RebuildThreshold, type WorkerConfig } from './config/worker-config';
import { drainQueue } from './pipeline/drain-queue';
import { fullRebuild } from './pipeline/full-rebuild';
import { fullRecompute } from './pipeline/full-recompute';
import { mostOfLexiconQueued } from './pipeline/most-of-lexicon-queued';
import { rebuildThenDrainReport } from './report/rebuild-then-drain-report';
import type { RunReport } from './report/run-report';
import { RunState } from './pipeline/run-state';
import type { ProgressReporter } from './progress/progress-reporter';
import type { BatchHooks } from './runtime/batch-hooks';
import { dataRejection } from './runtime/database-errors';
import { type ReconnectPolicy, runReconnecting } from './runtime/reconnect';

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
}

/** Runs `config`'s command on `db` (the CLI, the benchmark scripts and the tests all come through here). */
export function runWorker(db: Database, config: WorkerConfig, context: WorkerContext): Promise<RunReport> {
  const common = { batchSize: config.batchSize, batchForms: config.batchForms, concurrency: config.concurrency, writer: getWriter(config.method), ...context };
  if (config.command === 'recompute') {
    // Every lexeme: a new table and a swap. Some lexemes: replaced in place.
    if (config.selection.kind === 'all') return rebuildAll(db, { ...common, shared: config.selection.shared === true });
    return fullRecompute(db, { ...common, selection: config.selection });
  }
  // One grammar cache for the run: the rebuild decision expands pattern changes with the grammar the drain then uses.
  const grammars = new GrammarCache();
  const drain = { ...common, follow: config.follow, pollMs: config.pollMs, retryFailed: config.retryFailed, grammars };
  const threshold = config.rebuildAt === undefined ? REBUILD_THRESHOLD : config.rebuildAt;
  if (!config.follow || !context.reconnect) return rebuildOrDrain(db, threshold, grammars, common, () => drainQueue(db, drain));
  // One set of counters across reconnections, so the final summary covers the whole run.
  // `--retry-failed` applies once, at the start, not again after each reconnection.
  const state = new RunState(context.progress);
  let first = true;
  const run = () => drainQueue(db, { ...drain, state, retryFailed: first && drain.retryFailed }).finally(() => (first = false));
  return runReconnecting(db, () => rebuildOrDrain(db, first ? threshold : null, grammars, common, run), context.reconnect, context.signal);
}

/**
 * `run`: when the queue holds most of the lexicon (`threshold`, see `mostOfLexiconQueued`), every
 * lexeme's forms are rebuilt first (as `recompute --all`, which dequeues what it computed), then `drain`
 * computes what was queued meanwhile; otherwise `drain` alone. `null`: never rebuild.
 */
async function rebuildOrDrain(
  db: Database,
  threshold: RebuildThreshold | null,
  grammars: GrammarCache,
  options: Omit<Parameters<typeof fullRecompute>[1], 'selection'>,
  drain: () => Promise<RunReport>,
): Promise<RunReport> {
  if (threshold === null || !(await mostOfLexiconQueued(db, threshold, grammars))) return drain();
  const rebuilt = await rebuildAll(db, { ...options, shared: false });
  if (rebuilt.interrupted) return { ...rebuilt, command: 'run' };
  return rebuildThenDrainReport(rebuilt, await drain());
}

/**
 * `recompute --all`: the rebuild. Its rows go in with one COPY, so a form the server refuses (a CHECK
 * constraint, an index limit) fails all of it, and nothing changed; then the page-by-page recompute
 * runs instead, which fails that lexeme alone (its old forms kept, the failure recorded) and writes
 * the others.
 */
async function rebuildAll(
  db: Database,
  options: Omit<Parameters<typeof fullRecompute>[1], 'selection'> & { readonly shared: boolean; readonly onLockWait?: LockWaitListener },
): Promise<RunReport> {
  try {
    return await fullRebuild(db, options);
  } catch (error) {
    if (!dataRejection(error)) throw error;
    return fullRecompute(db, { ...options, selection: { kind: 'all' } });
  }
}
