import type { SqlQuery } from '../connection/sql-query';
import { listenStatement } from '../connection/listen-statement';
import { type HoldingTransactions, holdingTransactions, type QuerySession } from '../connection/holding-transactions';
import { lockInThisDatabase } from '../connection/lock-in-this-database';
import { QUEUE_CHANNEL, QUEUE_TABLES } from './queue-tables';

/**
 * First key of the two-key session advisory lock whose holder is the one `run --follow` process that
 * LISTENs on {@link QUEUE_CHANNEL} (apart from the forms' locks, `FORMS_LOCK_CLASS`, and the rebuild's
 * one-key lock).
 */
export const WAKE_LOCK_CLASS = 0x7061_7277; // "parw"

/**
 * The channel on which a `run --follow` process asks the others to claim too: its claim came back
 * full, or a notification came while every one of its loops was busy. Every follow process LISTENs on it.
 */
export const RELAY_CHANNEL = 'paradigm_recompute_relay';

/**
 * Waits until this session holds the wake lock (`pg_advisory_lock`, FIFO among waiters), then returns:
 * the session is the one that listens to the queue until it ends. When the holder's session ends, its
 * lock goes at once to the next waiter.
 */
export function waitToLeadWakeups(): SqlQuery {
  return { text: 'SELECT pg_advisory_lock($1::int, 0)', values: [WAKE_LOCK_CLASS] };
}

/**
 * Cancels the {@link waitToLeadWakeups} of the session whose server process is `backendPid`, run from
 * another session: a session waiting for a lock does not read from its socket, so it could not end.
 */
export function cancelWaitToLead(backendPid: number): SqlQuery {
  return { text: 'SELECT pg_cancel_backend($1)', values: [backendPid] };
}

/** `LISTEN` on the queue's channel, run by the wake lock's holder once it holds it. */
export function listenToQueue(): SqlQuery {
  return { text: listenStatement(QUEUE_CHANNEL), values: [] };
}

/**
 * Run by a new holder of the wake lock before its LISTEN and its check: waits, for at most {@link CLAIMS_IN_FLIGHT_WAIT},
 * until every transaction that claimed from (or wrote to) the queues has ended. A holder killed in a
 * claim's transaction leaves that transaction to the server, which rolls it back when it sees the
 * session gone (normally within milliseconds): the rows come back with no notification, and the new
 * holder's check after this wait finds them. Bounded because, while it waits, claims and edits queue
 * behind it; one that times out (SQLSTATE 55P03) is followed by {@link claimsInFlight}, which watches
 * those transactions end without holding anyone up. One implicit transaction (simple protocol, no parameters).
 */
export function waitForClaimsInFlight(): SqlQuery {
  return { text: `SET LOCAL lock_timeout = '${CLAIMS_IN_FLIGHT_WAIT}'; LOCK TABLE ${QUEUE_TABLES.lexemes}, ${QUEUE_TABLES.patterns} IN SHARE MODE`, values: [] };
}

/** How long {@link waitForClaimsInFlight} waits at most. */
export const CLAIMS_IN_FLIGHT_WAIT = '200ms';

/**
 * The transactions of other sessions that hold a lock on a queue table of this database (claims and
 * edits in flight). On a loaded server a killed holder's transaction can outlast
 * {@link waitForClaimsInFlight}; the new holder then polls `stillHolding` with them, which blocks no
 * one, and claims once they are gone. Only this database's: another database cloned from the same
 * template has queue tables of the same relation ids, and a transaction left open there would hold the
 * watch for as long.
 */
export function claimsInFlight(session: QuerySession): Promise<HoldingTransactions> {
  return holdingTransactions(session, [QUEUE_TABLES.lexemes, QUEUE_TABLES.patterns]);
}

/** `LISTEN` on {@link RELAY_CHANNEL}. */
export function listenToRelay(): SqlQuery {
  return { text: listenStatement(RELAY_CHANNEL), values: [] };
}

/** Wakes every `run --follow` process (each LISTENs on {@link RELAY_CHANNEL}): the payload is empty. */
export function relayWakeup(): SqlQuery {
  return { text: "SELECT pg_notify($1, '')", values: [RELAY_CHANNEL] };
}

/**
 * Wakes one process waiting for the wake lock: the first, by server process id, after `afterPid` (the
 * last one chosen, so that it goes round), or the lowest. The payload is that waiter's lock session's
 * `pg_backend_pid()`, which only it acts on; with no waiter the payload is empty (every process wakes,
 * i.e. this one). Returns `{ pid }`, the chosen one (null with no waiter).
 */
export function relayWakeupToOne(afterPid: number): SqlQuery {
  const waiters =
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $2 AND objid = 0 AND objsubid = 2 AND NOT granted ` +
    `AND ${lockInThisDatabase()}`;
  return {
    text:
      `WITH waiters AS (${waiters}), chosen AS (SELECT coalesce((SELECT min(pid) FROM waiters WHERE pid > $3), (SELECT min(pid) FROM waiters)) AS pid) ` +
      `SELECT pid, pg_notify($1, coalesce(pid::text, '')) FROM chosen`,
    values: [RELAY_CHANNEL, WAKE_LOCK_CLASS, afterPid],
  };
}
