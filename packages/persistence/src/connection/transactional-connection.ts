import type { Connection, CopyChunk, Dialect, PooledConnection, QueryResult } from './connection';

/**
 * The transaction logic both dialects share: BEGIN/COMMIT/ROLLBACK at the outer level, SAVEPOINTs when
 * nested. A dialect only supplies `query`, `copyFrom` and `release`.
 */
export abstract class TransactionalConnection implements PooledConnection {
  private depth = 0;

  abstract readonly dialect: Dialect;
  abstract query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
  abstract copyFrom(sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>): Promise<number>;
  abstract release(): void;

  /** False once the session is lost or unanswered (then no statement, not even ROLLBACK, can run on it). */
  protected usable(): boolean {
    return true;
  }

  async transaction<T>(fn: (tx: Connection) => Promise<T>): Promise<T> {
    const savepoint = this.depth === 0 ? undefined : `paradigm_sp_${this.depth}`;
    await this.query(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
    this.depth += 1;
    let result: T;
    try {
      result = await fn(this);
    } catch (error) {
      this.depth -= 1;
      // A session that is gone (or timed out) cannot roll back, and the server does so when the
      // connection drops: report the first error, not the ROLLBACK's.
      if (this.usable()) await this.query(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}` : 'ROLLBACK');
      throw error;
    }
    this.depth -= 1;
    if (savepoint) {
      await this.query(`RELEASE SAVEPOINT ${savepoint}`);
      return result;
    }
    const commit = await this.query('COMMIT');
    // PostgreSQL answers COMMIT with a ROLLBACK tag when an earlier statement error (one that `fn`
    // caught and swallowed) left the transaction aborted: nothing was saved, so say so.
    if (commit.command === 'ROLLBACK') {
      throw new Error('COMMIT rolled back: a statement inside the transaction failed and its error was caught; nothing was saved. Let the error propagate or use a nested transaction (savepoint) around the statement that may fail.');
    }
    return result;
  }
}
