import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { CopyChunk, QueryResult } from '../connection';
import { TransactionalConnection } from '../transactional-connection';

/** A {@link PooledConnection} over one `pg` pool client. */
export class PgConnection extends TransactionalConnection {
  readonly dialect = 'postgres' as const;
  private broken: Error | undefined;
  /** Set when the server dropped the session while no statement ran (the client emitted 'error'). */
  private lost: Error | undefined;
  private readonly onClientError = (error: Error): void => {
    this.lost ??= error;
    this.broken ??= error;
  };

  /** `description` names the database (no password) in the error a lost session gives. */
  constructor(
    private readonly client: PoolClient,
    private readonly description: string,
  ) {
    super();
    // The pool removes its own 'error' listener while a client is checked out: if the server ends the
    // session between statements (pg_terminate_backend, restart), pg emits 'error' on the idle client
    // and, with no listener, Node ends the process. Keep the error for the next statement instead.
    client.on('error', this.onClientError);
  }

  async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>> {
    if (this.lost) throw this.lostError();
    let result;
    try {
      result = await this.client.query(text, values as unknown[] | undefined);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    return { rows: result.rows as R[], rowCount: result.rowCount ?? 0, command: result.command };
  }

  async copyFrom(sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>): Promise<number> {
    if (this.lost) throw this.lostError();
    const stream = this.client.query(copyFromStdin(sql));
    // The server may refuse a row while we are between writes; without a listener that 'error' event
    // would crash the process. Keep it and stop at the next chunk.
    let refused: Error | undefined;
    stream.on('error', (error: Error) => (refused ??= error));
    try {
      for await (const chunk of chunks) {
        if (refused) throw refused;
        // `once` rejects if the stream emits 'error' while we wait for the socket to drain.
        if (!stream.write(chunk)) await once(stream, 'drain');
      }
    } catch (error) {
      // destroy() sends CopyFail: the server aborts the COPY and the client is ready for ROLLBACK.
      stream.destroy(error as Error);
      await finished(stream).catch(() => undefined);
      throw error;
    }
    stream.end();
    try {
      await finished(stream);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    return stream.rowCount;
  }

  /**
   * A server error (it has a SQLSTATE `code`) leaves the session usable after ROLLBACK; anything else
   * (socket closed, protocol error) may not, so `release` then discards the client instead of pooling it.
   */
  private noteFailure(error: unknown): void {
    if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || error.code.length !== 5) {
      this.broken = error instanceof Error ? error : new Error(String(error));
    }
  }

  /**
   * The session is gone: name the database and keep the server's error as `cause` (its SQLSTATE, e.g.
   * 57P01, and message tell callers such as the worker that the database went away, not the query).
   */
  private lostError(): Error {
    const lost = this.lost as Error;
    return new Error(
      `Lost the database ${this.description}: the server ended the session while the connection was idle between statements (${lost.message}). ` +
        'Nothing after the last completed statement was saved (an open transaction was rolled back by the server). ' +
        'Check that PostgreSQL is running, then retry with a new connection.',
      { cause: lost },
    );
  }

  release(): void {
    this.client.removeListener('error', this.onClientError);
    // A client that lost its session (or hit a socket error) is discarded by the pool, never reused.
    this.client.release(this.broken);
  }
}
