import type { Connection } from './connection';
import { holdingTransactions, stillHolding, waitsForThisSession } from './holding-transactions';
import { type LockHolder, lockHolders } from './lock-holders';
import { SQL_STATE, sqlState } from './sql-state';

/** Told who holds the tables a statement waits for, once it has waited {@link LOCK_PATIENCE}. */
export type LockWaitListener = (holders: readonly LockHolder[]) => void;

/**
 * How long a lock is waited for before its holders are named: an edit or a `run` batch commits well
 * within it, a transaction left open elsewhere (a psql session, a `pg_dump`) does not.
 */
export const LOCK_PATIENCE = '3s';
const LOCK_PATIENCE_MS = 3000;
/**
 * How long the first try waits in the server's lock queue. Every later request on the tables queues
 * behind a try meanwhile, readers too, so this is the longest a reader is held up by a waiting lock
 * while the holders stay the same (a transaction left open); and it is shorter than the server's
 * `deadlock_timeout` (1 s by default), so a cycle within the try ends by the try giving way, not by
 * the server failing one side after a second.
 */
const FIRST_TRY_MS = 100;
/**
 * The longest try. A try that meets transactions which then end, and others in their place, doubles:
 * readers whose transactions overlap, each longer than the try, would otherwise always hold the tables
 * when it comes. Past this, the locks are asked for in the queue without a limit: the transactions in
 * flight end by themselves, and no new one starts before the locks are granted.
 */
const LONGEST_TRY_MS = 800;
/**
 * Between tries, how often the holders' transactions are looked at (and the shortest pause, which lets
 * the requests that queued behind the try through), and the longest pause before the next try.
 */
const HOLDERS_POLL_MS = 100;
const LONGEST_PAUSE_MS = 2000;

/** Whether the session waits for locks without a limit (`lock_timeout` 0), as it does unless configured otherwise. */
async function waitsForLocksUnlimited(conn: Connection): Promise<boolean> {
  return (await conn.query<{ unlimited: boolean }>("SELECT current_setting('lock_timeout') = '0' AS unlimited")).rows[0]!.unlimited;
}

/** Runs `lock` in a savepoint that waits at most `ms` for it: whether it was granted (if not, nothing of it is held). */
async function tryLock(tx: Connection, lock: string, ms: number): Promise<boolean> {
  try {
    // Local to the savepoint: a lock timeout rolls it back with the setting; granted, the setting is undone.
    await tx.transaction((attempt) => attempt.query(`SET LOCAL lock_timeout = '${ms}ms'; ${lock}; SET LOCAL lock_timeout = 0`));
    return true;
  } catch (error) {
    if (sqlState(error) !== SQL_STATE.lockNotAvailable) throw error;
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `lock` (`LOCK TABLE` statements, and what must be undone with them when they are not granted)
 * in `tx`'s transaction, on PostgreSQL without keeping other sessions queued behind it while it waits:
 * a lock request in the server's queue makes every later request on the table wait behind it, readers
 * too, so a lock that waits for a transaction left open would stop every reader of the table until that
 * transaction ends. Instead it tries for {@link FIRST_TRY_MS} at a time, in a savepoint; between tries it
 * waits outside the queue, watching the transactions that held the tables end (at most 2 s, then it
 * tries again). When they ended and the next try meets others, the tries grow, up to
 * {@link LONGEST_TRY_MS}, then the locks are asked for in the queue. Once {@link LOCK_PATIENCE} has
 * passed, `onLockWait` is told the sessions holding `tables` (if any still do), once.
 *
 * When a holder waits, however indirectly, for a lock this transaction took before `lock`, waiting for
 * it outside the queue would be a cycle no one sees: then it asks for the locks without a limit, and
 * the server's deadlock check ends the cycle (40P01) as it did before. The session's own `lock_timeout`,
 * when set, is kept: the locks are asked for once, for that long. PGlite has one session: no wait.
 * Aborting `signal` (Ctrl-C) ends the wait between tries: it rejects with the signal's reason, holding
 * nothing it took.
 */
export async function lockPatiently(
  tx: Connection,
  lock: string,
  tables: readonly string[],
  onLockWait: LockWaitListener | undefined,
  signal?: AbortSignal,
): Promise<void> {
  if (tx.dialect !== 'postgres' || !(await waitsForLocksUnlimited(tx))) {
    await tx.query(lock);
    return;
  }
  const started = performance.now();
  let named = onLockWait === undefined;
  for (let tryMs = FIRST_TRY_MS; ; ) {
    if (await tryLock(tx, lock, tryMs)) return;
    const holding = await holdingTransactions(tx, tables);
    if (await waitsForThisSession(tx, holding)) {
      await tx.query(lock);
      return;
    }
    if (!named && performance.now() - started >= LOCK_PATIENCE_MS) {
      named = true;
      const holders = await lockHolders(tx, tables);
      if (holders.length > 0) onLockWait!(holders);
    }
    const pauseEnds = performance.now() + LONGEST_PAUSE_MS;
    let held: boolean;
    do {
      await pause(HOLDERS_POLL_MS);
      signal?.throwIfAborted();
    } while ((held = await stillHolding(tx, holding)) && performance.now() < pauseEnds);
    if (!held) {
      if (tryMs >= LONGEST_TRY_MS) {
        await tx.query(lock);
        return;
      }
      tryMs *= 2;
    }
  }
}
