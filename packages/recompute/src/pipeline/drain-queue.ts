import {
  claimLexemes,
  type Connection,
  type Database,
  enqueueFailedLexemes,
  forgetDeadRebuild,
  type FormWriter,
  type LexemeClaim,
  queueCounts,
  readClaimedLexemes,
  withConnection,
} from '@paradigm/persistence';
import { computeBatches, computeWhole } from '../compute/compute-batch';
import { type FormsGenerationListener, takeOverFormsGeneration } from '../compute/forms-generation';
import { GrammarCache } from '../compute/grammar-cache';
import type { LexemeFailure } from '../compute/lexeme-failure';
import { runQuery } from '../data/run-query';
import type { ProgressReporter } from '../progress/progress-reporter';
import { sleep } from '../runtime/abort';
import { Wakeup } from '../runtime/wakeup';
import { followWakeups } from '../runtime/wake-leadership';
import { type BatchHooks, NO_HOOKS } from '../runtime/batch-hooks';
import { isRetryable } from '../runtime/database-errors';
import { SharedExclusiveLock } from '../runtime/shared-exclusive-lock';
import { expandPatternChanges } from './expand-pattern-changes';
import { persistIsolatingRejections } from './persist-isolating-rejections';
import type { RunReport } from '../report/run-report';
import { RunState } from './run-state';

/** Options of {@link drainQueue}. */
export interface DrainQueueOptions {
  readonly batchSize: number;
  /** Most forms written at a time: a claim whose lexemes generate more is written in parts, in its one transaction. */
  readonly batchForms: number;
  /** Batches processed at once, each on its own connection (PGlite: 1). */
  readonly concurrency: number;
  readonly writer: FormWriter;
  readonly progress: ProgressReporter;
  /** Keep waiting on an empty queue until aborted: woken by the queue's notifications (PostgreSQL), and polling every `pollMs`. */
  readonly follow: boolean;
  readonly pollMs: number;
  /** Called if the notification session is lost (the loops then only poll). */
  readonly onListenerLost?: (error: Error) => void;
  readonly retryFailed: boolean;
  /** Aborting stops claiming; batches in flight commit (or roll back) first. */
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  /** Called after each committed batch with the lexeme ids it claimed. */
  readonly onBatch?: (claimedIds: readonly number[]) => void;
  /** Counters to add to, so a `run --follow` that reconnects reports its whole run (default: new ones). */
  readonly state?: RunState;
  /** The grammar compiled before the drain, kept while the patterns stay as they were (default: none yet). */
  readonly grammars?: GrammarCache;
  /**
   * Whether the queue now calls for a rebuild of every form instead of batches (see `queueReachesThreshold`):
   * asked after an expansion queued lexemes, and after a full claim at most every
   * {@link REBUILD_CHECK_INTERVAL_MS}. Once it says yes the loops stop after their batches in flight
   * and the drain resolves handed over ({@link DrainOutcome}). Without it the drain never hands over.
   */
  readonly rebuildDue?: () => Promise<boolean>;
  /** Told when the forms were an earlier paradigm's, and every lexeme is queued (see `takeOverFormsGeneration`). */
  readonly onFormsGenerationRaised?: FormsGenerationListener;
}

/** How a drain ended: its report, and whether it stopped to hand the queue over to a rebuild (see `rebuildDue`). */
export interface DrainOutcome {
  readonly report: RunReport;
  readonly handedOver: boolean;
}

/** Between two checks of `rebuildDue` after full claims: a count of the queue and of the lexicon each time. */
export const REBUILD_CHECK_INTERVAL_MS = 1_000;

/**
 * Between two looks, by a follower with nothing to do, for a rebuild whose process died (see
 * `forgetDeadRebuild`): until it is forgotten, every edit and claim is noted for it.
 */
export const DEAD_REBUILD_CHECK_INTERVAL_MS = 30_000;

/** What one claim's transaction did. */
interface BatchOutcome {
  /** Lexemes claimed and written (0: the queue had nothing for this session). */
  readonly claimed: number;
  /** A pattern change was queued when the claim ran or read: expand next. */
  readonly changesQueued: boolean;
  /** The claim went ahead although a pattern change was pending (its loop was past its patience). */
  readonly pendingSeen: boolean;
}

const NOTHING_CLAIMED: BatchOutcome = { claimed: 0, changesQueued: false, pendingSeen: false };

/** A batch that hit a deadlock or serialization failure is rolled back and run again this many times. */
const RETRIES = 5;
/** After giving a claim back for a pattern change that another worker is expanding, wait this long before claiming again. */
const PENDING_CHANGE_WAIT_MS = 20;
/**
 * How long a loop keeps giving claims back while pattern changes stay queued (normally an expansion
 * takes milliseconds): past this it claims anyway, so a worker stopped mid-expansion (whose claim of the
 * changes lasts until its connection closes) delays the others but never stalls them. Work may then be
 * done twice; the result is the same.
 */
const PENDING_CHANGE_PATIENCE_MS = 5_000;

/**
 * Thrown inside a claim's transaction (so it rolls back and the lexemes go back on the queue) when a
 * pattern change committed but not yet expanded is seen after the claim: expand it first.
 */
class PatternChangePending extends Error {
  constructor() {
    super('a pattern change is waiting to be expanded');
  }
}

/**
 * Drains the recompute queue (first taking forms of an earlier generation over: `takeOverFormsGeneration`). Each of `concurrency` loops repeats, until the queue is empty (or, with
 * `follow`, until aborted):
 *
 * 1. claim up to `batchSize` lexemes, recompute them, replace their forms: one transaction, so the
 *    claim commits exactly when the forms do. A worker killed in between leaves nothing half-done:
 *    the server rolls back, the claimed rows reappear, another worker (or a restart) takes them.
 *    If, once the claim has read the grammar, a pattern change is still queued (or being expanded by
 *    another worker), the claim is given back (rolled back) and the loop expands first or waits for
 *    that expansion: otherwise the lexemes would be computed now with the new grammar and again when the
 *    expansion queued them (an expansion in progress waits for the claims it conflicts with, then
 *    queues every lexeme they wrote);
 * 2. when the claim saw pattern changes queued (and once before the first claim): expand them, i.e.
 *    claim them and queue the lexemes of every pattern whose forms depend on the changed ones
 *    (directly or through continuations), in one transaction.
 *
 * An edit is all round trips (a lexeme's forms take microseconds to compute), so the path from a wake
 * to the commit is five statements: BEGIN, the claim (which also locks and forgets old failures),
 * one read (grammar version, pending changes, the lexemes), the replace (one statement for a small
 * batch), COMMIT; plus the savepoint around the write that isolates refused forms. The expansion's
 * transaction only runs when the claim saw a pattern change queued, and a loop that finds nothing
 * spends BEGIN, claim, COMMIT (a notification wakes one loop of one process: `followWakeups`).
 *
 * Many processes can run this against one database; `SKIP LOCKED` keeps them off each other's rows
 * and the forms' advisory locks (taken by the claim) keep two writers off one lexeme's forms.
 */
export async function drainQueue(db: Database, options: DrainQueueOptions): Promise<RunReport> {
  await takeOverFormsGeneration(db, options.onFormsGenerationRaised);
  return (await drainOrHandOver(db, options)).report;
}

/** {@link drainQueue}, telling whether it stopped to hand the queue over to a rebuild (`rebuildDue`). */
export async function drainOrHandOver(db: Database, options: DrainQueueOptions): Promise<DrainOutcome> {
  const hooks = options.hooks ?? NO_HOOKS;
  const concurrency = db.dialect === 'pglite' ? 1 : Math.max(1, Math.min(options.concurrency, db.maxConnections));
  const state = options.state ?? new RunState(options.progress);
  const grammars = options.grammars ?? new GrammarCache();

  // A rebuild killed before its end left its registration, for which every claim below would be noted.
  await withConnection(db, (conn) => forgetDeadRebuild(conn));
  let lastDeadRebuildCheck = performance.now();
  if (options.retryFailed) await withConnection(db, (conn) => runQuery(conn, enqueueFailedLexemes()));
  const counts = await withConnection(db, (conn) => runQuery<{ queued: number }>(conn, queueCounts()));
  options.progress.start('run', options.follow ? undefined : counts.rows[0].queued);

  // A follower compiles the grammar before the first edit arrives, so that edit does not wait for it
  // (the first claim then finds the version unchanged).
  if (options.follow) await withConnection(db, (conn) => grammars.current(conn));

  // With --follow on PostgreSQL, an edit wakes one sleeping loop at once, of one process however many
  // follow the queue (`followWakeups`); sessions set up before the first claim, so an edit committed
  // earlier is found by that claim. Polling stays, for PGlite and for a lost session.
  const wakeup = new Wakeup();
  const wakeups = options.follow ? await followWakeups(db, wakeup, (error) => options.onListenerLost?.(error)) : undefined;

  let batchNumber = 0;
  // A loop that fails stops the others after their batch in flight, so the error is reported with
  // every connection back in the pool.
  const failed = new AbortController();
  // Once the queue calls for a rebuild, the loops stop after their batches in flight, as on a failure.
  const handOver = new AbortController();
  const stopping = AbortSignal.any([options.signal, failed.signal, handOver.signal]);
  const stopped = () => stopping.aborted;
  let lastRebuildCheck = -Infinity;
  const checkRebuild = async () => {
    lastRebuildCheck = performance.now();
    if (!stopped() && options.rebuildDue && (await options.rebuildDue())) handOver.abort();
  };
  // An expansion and the question it raises (does the queue now call for a rebuild?) hold this lock
  // exclusive, and each claim statement holds it shared: otherwise another loop could claim what the
  // expansion queued before the question is asked, write it batch by batch, and then see the rebuild
  // compute it again. Claims made by other processes meanwhile are not held back (their work may then
  // be done twice; the forms end the same).
  const expansions = new SharedExclusiveLock();
  const loop = async () => {
    /** Since when this loop has been giving claims back for pending pattern changes. */
    let pendingSince: number | undefined;
    const sleepUnlessStopped = (ms: number) => sleep(ms, stopping);
    const expand = () =>
      expansions.exclusive(async () => {
        const expanded = await retrying(() => withConnection(db, (conn) => expandPatternChanges(conn, grammars)));
        if (expanded > 0) {
          await hooks.at('after-expand', 0, []);
          await checkRebuild();
        }
        return expanded;
      });
    try {
      // Changes queued before the start (a lexicon just loaded queues its patterns too) are expanded
      // before the first claim, which would otherwise be given back for them.
      if (!stopped()) await expand();
      while (!stopped()) {
        const number = ++batchNumber;
        const waitForChanges = pendingSince === undefined || performance.now() - pendingSince < PENDING_CHANGE_PATIENCE_MS;
        let outcome: BatchOutcome;
        try {
          outcome = await retrying(() =>
            // A claim granted after the queue was handed over to a rebuild claims nothing.
            expansions.shared((claimed) => (stopped() ? Promise.resolve(NOTHING_CLAIMED) : withConnection(db, (conn) => processBatch(conn, number, waitForChanges, claimed)))),
          );
        } catch (error) {
          if (!(error instanceof PatternChangePending)) throw error;
          pendingSince ??= performance.now();
          // Nothing expanded by this loop: another worker is expanding; give it a moment.
          if ((await expand()) === 0) await sleepUnlessStopped(PENDING_CHANGE_WAIT_MS);
          continue;
        }
        // Past its patience the loop claimed anyway; it waits again once no change is pending.
        if (!outcome.pendingSeen) pendingSince = undefined;
        if (stopped()) break;
        // A full claim: the queue may hold most of the lexicon (a bulk edit, or what a pattern change queued).
        if (outcome.claimed === options.batchSize && performance.now() - lastRebuildCheck >= REBUILD_CHECK_INTERVAL_MS) await checkRebuild();
        const expanded = outcome.changesQueued && !stopped() ? await expand() : 0;
        if (outcome.claimed === 0 && expanded === 0) {
          if (!options.follow) break;
          if (performance.now() - lastDeadRebuildCheck >= DEAD_REBUILD_CHECK_INTERVAL_MS) {
            lastDeadRebuildCheck = performance.now();
            await retrying(() => withConnection(db, (conn) => forgetDeadRebuild(conn)));
          }
          await wakeup.sleep(options.pollMs, stopping);
        }
      }
    } catch (error) {
      failed.abort();
      throw error;
    }
  };

  /** `claimed` is called once the claim statement has run (see `expansions`). */
  const processBatch = (conn: Connection, number: number, waitForChanges: boolean, claimed: () => void): Promise<BatchOutcome> =>
    conn.transaction(async (tx) => {
      const claimStart = performance.now();
      const claim = (await runQuery<LexemeClaim>(tx, claimLexemes(options.batchSize))).rows[0]!;
      claimed();
      const ids = claim.lexeme_ids;
      if (ids.length === 0) return { claimed: undefined, changesQueued: claim.changes_queued };
      // A full claim: more may be queued, so every follow process claims too (this one does anyway).
      if (ids.length === options.batchSize) wakeups?.moreWork();
      await hooks.at('after-claim', number, ids, tx);
      // Read the version after the claim: any pattern change whose expansion queued these lexemes
      // committed before the claim could take them, so this later statement sees it and the grammar is current.
      const read = await readClaimedLexemes(tx, ids);
      const { grammar } = await grammars.at(tx, read.version);
      if (read.patternChangePending && waitForChanges) throw new PatternChangePending();
      await hooks.at('after-read', number, ids, tx);
      state.timings.record('fetch', performance.now() - claimStart);
      // Computed and written in parts of at most `batchForms` forms (and `BATCH_BYTES`), all in this
      // transaction, so a claim of lexemes with huge paradigms never holds all their forms in memory at once.
      let written = 0;
      let replaced = 0;
      const failures: LexemeFailure[] = [];
      const batches = computeBatches(grammar, { kind: 'ids', lexemes: read.lexemes, requestedIds: ids }, options.batchForms, () => options.writer.newRows());
      for (;;) {
        const computed = await state.nextBatch(batches);
        if (computed.done) break;
        // A part whose forms the server refuses is split until the refused lexemes stand alone: they are
        // recorded as failed (their entries consumed with the claim), the others written.
        const persisted = await state.time('persist', () =>
          persistIsolatingRejections(tx, options.writer, computed.value, (source) => computeWhole(grammar, source, () => options.writer.newRows()), { claimed: true }),
        );
        written += persisted.written;
        replaced += persisted.replaced;
        failures.push(...persisted.failures);
      }
      await hooks.at('after-write', number, ids, tx);
      return { claimed: { ids, written, replaced, failures }, changesQueued: claim.changes_queued || read.patternChangePending, pendingSeen: read.patternChangePending };
    }).then(async (result): Promise<BatchOutcome> => {
      if (result.claimed === undefined) return { claimed: 0, changesQueued: result.changesQueued, pendingSeen: false };
      const { ids, written, replaced, failures } = result.claimed;
      state.committed(replaced, written, failures);
      options.onBatch?.(ids);
      await hooks.at('after-commit', number, ids);
      return { claimed: ids.length, changesQueued: result.changesQueued, pendingSeen: result.pendingSeen ?? false };
    });

  const outcomes = await Promise.allSettled(Array.from({ length: concurrency }, loop));
  await wakeups?.close();
  const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  options.progress.finish(state.counts(), options.signal.aborted ? 'stopped' : 'done');
  const handedOver = handOver.signal.aborted && !options.signal.aborted;
  const settings = { command: 'run', database: db.description, writer: options.writer.name, batchSize: options.batchSize, batchForms: options.batchForms, concurrency } as const;
  return { report: state.report(settings, grammars.problems(), options.signal.aborted), handedOver };

}

async function retrying<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= RETRIES || !isRetryable(error)) throw error;
    }
  }
}
