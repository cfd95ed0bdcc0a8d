import type { Database } from '@paradigm/persistence';
import { takeOverFormsGeneration } from '../compute/forms-generation';
import { GrammarCache } from '../compute/grammar-cache';
import { REBUILD_THRESHOLD, type RunConfig } from '../config/worker-config';
import { addRebuild, rebuildThenDrainReport } from '../report/rebuild-then-drain-report';
import type { RunReport } from '../report/run-report';
import { type ReconnectPolicy, runReconnecting } from '../runtime/reconnect';
import { drainOrHandOver, type DrainQueueOptions } from './drain-queue';
import { mostOfLexiconQueued, queueReachesThreshold } from './most-of-lexicon-queued';
import { rebuildEveryForm, type RebuildEveryFormOptions } from './rebuild-every-form';
import { RunState } from './run-state';

/** What `run` takes besides its configuration: the engine's options, and how to reconnect (`--follow`). */
export type RunQueueOptions = Omit<RebuildEveryFormOptions, 'shared'> &
  Pick<DrainQueueOptions, 'onListenerLost' | 'grammars'> & {
    /** `--follow` only: reconnect this way when the database goes away, instead of failing. */
    readonly reconnect?: ReconnectPolicy;
    /** Called as each rebuild of every form starts (readers see the old forms until it swaps). */
    readonly onRebuilding?: () => void;
    /**
     * Called after each rebuild that replaced every form (not one interrupted before its swap), with
     * its report: the forms of every lexeme may have changed at once. `onBatch` tells of the batches.
     */
    readonly onRebuilt?: (report: RunReport) => void;
  };

/** What {@link runQueue} reads of `run`'s configuration. */
export type RunQueueConfig = Pick<RunConfig, 'follow' | 'pollMs' | 'retryFailed' | 'rebuildAt'>;

/**
 * `run`: drains the recompute queue; when the queue holds most of the lexicon (`config.rebuildAt`, see
 * `mostOfLexiconQueued`), rebuilds every lexeme's forms instead (as `recompute --all`, which dequeues
 * what it computed), then drains what was queued meanwhile. The drain asks again whenever the queue
 * grows (a pattern change most lexemes reach, a bulk edit: `queueReachesThreshold`) and then hands over
 * to another rebuild, so that `run --follow` rebuilds too. One grammar cache (`options.grammars`, which a
 * caller that runs the queue again and again keeps, or a new one) and one set of counters serve the
 * whole run, across rebuilds and reconnections, so the final report covers all of it; `--retry-failed`
 * applies once, at the start.
 */
export function runQueue(db: Database, config: RunQueueConfig, options: RunQueueOptions): Promise<RunReport> {
  const threshold = config.rebuildAt === undefined ? REBUILD_THRESHOLD : config.rebuildAt;
  const grammars = options.grammars ?? new GrammarCache();
  const state = new RunState(options.progress);
  let rebuilt: RunReport | undefined;
  let retryFailed = config.retryFailed;
  const drain = () =>
    drainOrHandOver(db, {
      ...options,
      follow: config.follow,
      pollMs: config.pollMs,
      retryFailed,
      grammars,
      state,
      ...(threshold === null ? {} : { rebuildDue: () => queueReachesThreshold(db, threshold) }),
    }).finally(() => (retryFailed = false));
  const rebuildOrDrain = async (): Promise<RunReport> => {
    // Forms of an earlier generation: every pattern is queued, and so most of the lexicon (a rebuild).
    await takeOverFormsGeneration(db, options.onFormsGenerationRaised);
    let due = threshold !== null && (await mostOfLexiconQueued(db, threshold, grammars));
    for (;;) {
      if (due) {
        options.onRebuilding?.();
        const report = await rebuildEveryForm(db, { ...options, shared: false });
        if (!report.interrupted) options.onRebuilt?.(report);
        rebuilt = rebuilt === undefined ? report : addRebuild(rebuilt, report);
      }
      // After an interrupted rebuild the drain ends at once: its report holds the run's counters.
      const drained = await drain();
      if (!drained.handedOver) return rebuilt === undefined ? drained.report : rebuildThenDrainReport(rebuilt, drained.report);
      due = true;
    }
  };
  if (!config.follow || !options.reconnect) return rebuildOrDrain();
  return runReconnecting(db, rebuildOrDrain, options.reconnect, options.signal);
}
