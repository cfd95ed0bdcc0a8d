import { type Database, withConnection } from '@paradigm/persistence';
import { sleep } from './abort';
import { isDatabaseUnavailable, rootMessage } from './database-errors';

/** How {@link runReconnecting} waits between attempts. */
export interface ReconnectPolicy {
  /** Wait before the first attempt; doubled after each failed one. */
  readonly initialMs: number;
  /** The longest wait between attempts. */
  readonly maxMs: number;
  /** One line per event (lost, each attempt, reconnected). */
  readonly log: (line: string) => void;
}

/** The wait before attempt `attempt` (from 1): `initialMs`, doubling, capped at `maxMs`. */
export function backoffMs(policy: Pick<ReconnectPolicy, 'initialMs' | 'maxMs'>, attempt: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt - 1, 30));
}

/**
 * Runs `run` until it returns. When it fails because the database went away or timed out (a server
 * restart, a network cut: see {@link isDatabaseUnavailable}), waits with capped exponential backoff,
 * checks with one `SELECT 1` that the server answers again, and runs `run` once more; the pool opens
 * new connections, and the lexemes of the batch that was cut short are back on the queue (the server
 * rolled their claim back). Any other error is thrown. Once `signal` aborts it stops waiting and
 * throws the last database error (the caller reports the interruption).
 */
export async function runReconnecting<T>(db: Database, run: () => Promise<T>, policy: ReconnectPolicy, signal: AbortSignal): Promise<T> {
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || signal.aborted) throw error;
      policy.log(`lost the database ${db.description} (${rootMessage(error)}); reconnecting in ${backoffMs(policy, 1)} ms.`);
      await reconnect(db, policy, signal, error);
    }
  }
}

/** Attempts until the server answers; one log line per attempt. */
async function reconnect(db: Database, policy: ReconnectPolicy, signal: AbortSignal, lastError: unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await sleep(backoffMs(policy, attempt), signal);
    if (signal.aborted) throw lastError;
    try {
      await withConnection(db, (conn) => conn.query('SELECT 1'));
      policy.log(`reconnect attempt ${attempt}: connected to ${db.description}; carrying on from the queue.`);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      lastError = error;
      policy.log(`reconnect attempt ${attempt} failed (${rootMessage(error)}); next in ${backoffMs(policy, attempt + 1)} ms.`);
    }
  }
}
