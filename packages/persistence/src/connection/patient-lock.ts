import type { Connection } from './connection';
import { type LockHolder, lockHolders } from './lock-holders';
import { SQL_STATE, sqlState } from './sql-state';

/** Told who holds the tables a statement waits for, once it has waited {@link LOCK_PATIENCE}. */
export type LockWaitListener = (holders: readonly LockHolder[]) => void;

/**
 * How long a lock is waited for before its holders are named: an edit or a `run` batch commits well
 * within it, a transaction left open elsewhere (a psql session, a `pg_dump`) does not.
 */
export const LOCK_PATIENCE = '3s';

/** Whether the session waits for locks without a limit (`lock_timeout` 0), as it does unless configured otherwise. */
async function waitsForLocksUnlimited(conn: Connection): Promise<boolean> {
  return (await conn.query<{ unlimited: boolean }>("SELECT current_setting('lock_timeout') = '0' AS unlimited")).rows[0]!.unlimited;
}

/**
 * Runs `lock` (a `LOCK TABLE` statement) in `tx`'s transaction. With `onLockWait`, on PostgreSQL, and
 * when the session's own `lock_timeout` is unlimited, it first waits at most {@link LOCK_PATIENCE} in a
 * savepoint; if the locks are not granted by then, `onLockWait` is told the sessions holding `tables`
 * (if any still do) and the locks are asked for again, without a limit.
 */
export async function lockPatiently(tx: Connection, lock: string, tables: readonly string[], onLockWait: LockWaitListener | undefined): Promise<void> {
  if (onLockWait === undefined || tx.dialect !== 'postgres' || !(await waitsForLocksUnlimited(tx))) {
    await tx.query(lock);
    return;
  }
  try {
    // Local to the savepoint: a lock timeout rolls it back with the setting; granted, the setting is undone.
    await tx.transaction((patient) => patient.query(`SET LOCAL lock_timeout = '${LOCK_PATIENCE}'; ${lock}; SET LOCAL lock_timeout = 0`));
    return;
  } catch (error) {
    if (sqlState(error) !== SQL_STATE.lockNotAvailable) throw error;
  }
  const holders = await lockHolders(tx, tables);
  if (holders.length > 0) onLockWait(holders);
  await tx.query(lock);
}
