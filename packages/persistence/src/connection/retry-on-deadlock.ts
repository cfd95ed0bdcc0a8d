import { SQL_STATE, sqlState } from './sql-state';

/**
 * Runs `attempt` (a transaction, or one round trip that is its own) again when the server failed it to
 * end a deadlock ("deadlock detected", 40P01): it rolled back, which let the other side go on, so taking
 * the same locks again succeeds once that side commits. Up to `attempts` times; the last failure is thrown.
 * For steps that take several tables' locks in an order some other session takes the other way round.
 */
export async function retryOnDeadlock<T>(attempts: number, attempt: () => Promise<T>): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (sqlState(error) !== SQL_STATE.deadlockDetected || tried >= attempts) throw error;
    }
  }
}
