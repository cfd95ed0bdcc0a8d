import { setTimeout as sleep } from 'node:timers/promises';
import { cancelWaitToLead, claimsInFlight, type Database, type HoldingTransactions, listenToQueue, listenToRelay, type NotificationSession, QUEUE_CHANNEL, type QuerySession, RELAY_CHANNEL, relayWakeup, relayWakeupToOne, type SqlQuery, stillHolding, waitForClaimsInFlight, waitToLeadWakeups, withConnection } from '@paradigm/persistence';
import { isLockTimeout } from './database-errors';
import type { Wakeup } from './wakeup';

/** What {@link followWakeups} gives the drain loops. */
export interface WakeLeadership {
  /** Asks every follow process to claim too (a claim came back full: more work may remain). */
  moreWork(): void;
  /** Ends both sessions (a wait for the lock is cancelled first); safe to call twice. */
  close(): Promise<void>;
}

/**
 * How `run --follow` processes on one PostgreSQL wake: one notification wakes one loop, not every
 * process. PostgreSQL delivers a `NOTIFY` to every session that LISTENs on its channel, so with N
 * processes listening each edit woke N processes that raced for one row (4 processes were slower than
 * 1 on 2 cores: the losers' BEGIN, claim and COMMIT compete for the same cores). Instead:
 *
 * - One process, the holder of a session advisory lock ({@link waitToLeadWakeups}), LISTENs on the
 *   queue's channel. A notification wakes one of its sleeping loops; if every loop is busy it passes it
 *   on to one waiting process (below, {@link relayWakeupToOne}, in turn), so that one takes the edit now
 *   rather than after the batch in flight.
 * - The other processes wait for that lock on a session of their own. PostgreSQL hands it to the next
 *   waiter the moment the holder's session ends (a crash, `kill -9`, a lost network), and the new holder
 *   waits (briefly) for the claims in flight to end ({@link waitForClaimsInFlight}: a killed holder's
 *   claim is rolled back, unannounced), LISTENs, then wakes one loop to claim: an edit committed before
 *   the LISTEN, and the rows of that rolled-back claim, are found by that claim. Where the server has not
 *   yet seen the killed session gone when that brief wait ends (a loaded machine), the new holder watches
 *   those transactions end ({@link watchClaimsInFlight}) and wakes one loop again then.
 * - Every process LISTENs on {@link RELAY_CHANNEL}. A notification with its own lock session's pid wakes
 *   one of its loops (passed on by the holder, as above); one with an empty payload wakes all its
 *   sleeping loops, sent when a claim came back full (more than one claim's worth is queued, so all
 *   processes should help).
 *
 * No wake-up is lost: a notification either wakes a sleeping loop, or finds every loop busy, and a busy
 * loop claims again before it sleeps (a loop that claimed something claims again; one that found
 * nothing sees the wake remembered by {@link Wakeup}). Polling stays as the fallback (a lost session,
 * PGlite). Resolves to undefined where the database has no sessions of its own (PGlite).
 */
export async function followWakeups(db: Database, wakeup: Wakeup, onLost: (error: Error) => void): Promise<WakeLeadership | undefined> {
  if (!db.openSession) return undefined;
  const openSession = db.openSession.bind(db);
  // Aborted once closed: also ends a watch's sleep at once.
  const closing = new AbortController();
  const closed = () => closing.signal.aborted;
  const lose = (error: Error) => {
    if (closed()) return;
    void close();
    onLost(error);
  };
  const run = (session: QuerySession, query: SqlQuery) => session.query(query.text, query.values);
  // Statements on the relay session go one at a time: the loops (more work) and the holder's
  // notifications (pass on) ask for them at any moment, and a node-postgres client takes one query at a
  // time (it warns of a second sent while one is in flight).
  let relayTail: Promise<unknown> = Promise.resolve();
  const onRelay = (query: SqlQuery) => {
    const result = relayTail.then(() => run(relay, query));
    relayTail = result.catch(() => undefined);
    return result;
  };

  // An empty payload wakes every process; a waiter's lock-session pid wakes one loop of that one.
  let ownPid = '';
  const relay = await openSession((channel, payload) => {
    if (channel !== RELAY_CHANNEL) return;
    if (payload === '') wakeup.wake();
    else if (payload === ownPid) wakeup.wakeOne();
  }, lose);
  // One relay at a time, and at most one more asked for meanwhile: a burst of busy notifications is one or two NOTIFYs.
  let relaying: Promise<void> | undefined;
  let relayAgain = false;
  const moreWork = () => {
    if (closed()) return;
    if (relaying) {
      relayAgain = true;
      return;
    }
    relaying = onRelay(relayWakeup()).then(
      () => {
        relaying = undefined;
        if (relayAgain) {
          relayAgain = false;
          moreWork();
        }
      },
      (error: unknown) => lose(error as Error),
    );
  };

  // The holder's loops are all busy: one waiting process takes the edit now, in turn.
  let lastChosen = 0;
  const passOn = () => {
    if (closed()) return;
    onRelay(relayWakeupToOne(lastChosen)).then(
      (result) => (lastChosen = (result.rows[0] as { pid: number | null }).pid ?? 0),
      (error: unknown) => lose(error as Error),
    );
  };

  let lead: NotificationSession;
  try {
    await onRelay(listenToRelay());
    lead = await openSession((channel) => channel === QUEUE_CHANNEL && !wakeup.wakeOne() && passOn(), lose);
    ownPid = String(lead.backendPid);
  } catch (error) {
    closing.abort();
    await relay.close();
    throw error;
  }
  let waiting = true;
  const leading = (async () => {
    try {
      await run(lead, waitToLeadWakeups());
      waiting = false;
      if (closed()) return;
      // A previous holder killed in a claim leaves rows that its rollback brings back unannounced.
      const settled = await run(lead, waitForClaimsInFlight()).then(
        () => true,
        (error: unknown) => (isLockTimeout(error) ? false : Promise.reject(error)),
      );
      const unsettled = settled ? undefined : await claimsInFlight(lead);
      await run(lead, listenToQueue());
      // Edits committed while no process listened (before the LISTEN), and those rolled-back rows, are found by this claim.
      if (!closed()) wakeup.wakeOne();
      // Watched from pool connections: the lead session's last statement stays its LISTEN, which is what
      // `pg_stat_activity` shows of a process ready for notifications.
      const fromPool = (holding: HoldingTransactions) => withConnection(db, (conn) => stillHolding(conn, holding));
      if (unsettled && unsettled.transactions.length > 0 && (await watchClaimsInFlight(fromPool, unsettled, closing.signal))) wakeup.wakeOne();
    } catch (error) {
      lose(error as Error);
    }
  })();

  async function close(): Promise<void> {
    if (closed()) return;
    closing.abort();
    // From a pool connection, which outlives a lost relay session.
    if (waiting) await withConnection(db, (conn) => run(conn, cancelWaitToLead(lead.backendPid))).catch(() => undefined);
    await leading;
    await Promise.all([lead.close(), relay.close()]);
  }
  return { moreWork, close };
}

/**
 * How often {@link watchClaimsInFlight} looks: every `firstEveryMs` for the first `quicklyForMs` (a killed
 * holder's claim normally ends within that), then every `thenEveryMs` for as long as they run.
 */
const CLAIM_WATCH = { firstEveryMs: 50, quicklyForMs: 5_000, thenEveryMs: 1_000 } as const;

/**
 * Waits until the transactions `holding` ({@link claimsInFlight}) have all ended, looking without taking a
 * lock ({@link CLAIM_WATCH}); resolves to true once they have, false once `closing` is aborted. It has no
 * end of its own: a claim that the server ends late (a long batch, a process killed after minutes) brings
 * its rows back unannounced whenever it ends, and without this watch only the poll would find them; a
 * transaction that stays open for hours (an editor's) costs one small query a second.
 */
async function watchClaimsInFlight(stillRunning: (holding: HoldingTransactions) => Promise<boolean>, holding: HoldingTransactions, closing: AbortSignal): Promise<boolean> {
  const started = performance.now();
  while (!closing.aborted) {
    if (!(await stillRunning(holding))) return !closing.aborted;
    const ms = performance.now() - started < CLAIM_WATCH.quicklyForMs ? CLAIM_WATCH.firstEveryMs : CLAIM_WATCH.thenEveryMs;
    await sleep(ms, undefined, { signal: closing }).catch(() => undefined);
  }
  return false;
}
