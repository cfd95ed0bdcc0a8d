import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { CopyChunk, QueryResult } from '../connection';
import { ConnectionTimeoutError } from '../connection-timeout-error';
import { TransactionalConnection } from '../transactional-connection';

/**
 * COPY text queued on the connection before the source waits for the socket to drain. The chunks are
 * buffers their writer holds until the statement ends anyway, so queueing them costs no memory. Waiting
 * at the stream's own 16 KiB mark would suspend the source at every 64 KiB chunk: the next batch would be
 * computed only once the last one had left, with little left for the server to read meanwhile.
 */
const COPY_QUEUED_BYTES = 8 * 1024 * 1024;

/** SQLSTATEs after which the server closes the session: admin shutdown, crash shutdown, cannot connect now. */
const SESSION_ENDED = /^57P0[123]$/;

/** A {@link PooledConnection} over one `pg` pool client. */
export class PgConnection extends TransactionalConnection {
  readonly dialect = 'postgres' as const;
  private broken: Error | undefined;
  /** Set when a statement failed without a server answer (timeout, socket error): the session is unusable. */
  private failed: Error | undefined;
  /** Set when the server dropped the session while no statement ran (the client emitted 'error'). */
  private lost: Error | undefined;
  private readonly onClientError = (error: Error): void => {
    this.lost ??= error;
    this.broken ??= error;
  };

  /**
   * `description` names the database (no password) in the errors a lost session or a timeout gives;
   * `queryTimeoutMs` bounds each statement's wait for its answer (0: no bound).
   */
  constructor(
    private readonly client: PoolClient,
    private readonly description: string,
    private readonly queryTimeoutMs: number,
  ) {
    super();
    // The pool removes its own 'error' listener while a client is checked out: if the server ends the
    // session between statements (pg_terminate_backend, restart), pg emits 'error' on the idle client
    // and, with no listener, Node ends the process. Keep the error for the next statement instead.
    client.on('error', this.onClientError);
  }

  async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>> {
    this.assertUsable();
    let result;
    try {
      result = await this.client.query({ text, values: values as unknown[] | undefined, ...this.timeoutOption() });
    } catch (error) {
      throw this.noteFailure(error);
    }
    // Several statements without parameters go in one round trip (simple protocol): the last one's result, as PGlite's exec gives.
    const last = Array.isArray(result) ? (result.at(-1) as typeof result) : result;
    return { rows: last.rows as R[], rowCount: last.rowCount ?? 0, command: last.command };
  }

  async copyFrom(sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>): Promise<number> {
    this.assertUsable();
    // pg reads `query_timeout` from a submittable query as from a plain one: the whole COPY, rows and
    // the server's answer, is one statement under the bound.
    const stream = this.client.query(Object.assign(copyFromStdin(sql), this.timeoutOption()));
    // The server may refuse a row while we are between writes; without a listener that 'error' event
    // would crash the process. Keep it and stop at the next chunk.
    let refused: Error | undefined;
    stream.on('error', (error: Error) => (refused ??= error));
    try {
      for await (const chunk of chunks) {
        if (refused) throw refused;
        // `once` rejects if the stream emits 'error' while we wait for the socket to drain.
        if (!stream.write(chunk) && stream.writableLength >= COPY_QUEUED_BYTES) await once(stream, 'drain');
      }
      // Refused after the last chunk was sent: the stream has let go of the connection, so ending it
      // would fail on that instead of with the refusal.
      if (refused) throw refused;
    } catch (error) {
      // The COPY's own failure (server refusal, timeout, socket) if there was one before the source
      // failed; taken now, since the server answers the CopyFail below with an error of its own
      // ("COPY from stdin failed: ...") that would otherwise hide the source's.
      const failure = refused;
      // destroy() sends CopyFail: the server aborts the COPY and the client is ready for ROLLBACK. When pg
      // has already failed the COPY (a refusal, or the session ended), there is nothing to abort: the
      // stream has let go of its connection, and waiting for its end would wait for ever when the session
      // ended before the server accepted the COPY.
      stream.destroy(error as Error);
      if (failure) throw this.noteFailure(failure);
      await finished(stream).catch(() => undefined);
      throw error;
    }
    stream.end();
    try {
      await finished(stream);
    } catch (error) {
      throw this.noteFailure(error);
    }
    return stream.rowCount;
  }

  /** Release drops the client instead of pooling it (for a session whose settings were changed). */
  discardOnRelease(): void {
    this.broken ??= new Error('discarded on release');
  }

  private timeoutOption(): { query_timeout?: number } {
    return this.queryTimeoutMs > 0 ? { query_timeout: this.queryTimeoutMs } : {};
  }

  /**
   * A lost session fails at once with the database's name. So does one whose statement timed out or
   * hit a socket error: pg would queue the next statement (even a ROLLBACK) behind the one still
   * unanswered, and it would wait out a second timeout.
   */
  protected override usable(): boolean {
    return !this.lost && !this.failed;
  }

  private assertUsable(): void {
    if (this.lost) throw this.lostError();
    if (this.failed) throw this.failed;
  }

  /**
   * A server error (it has a SQLSTATE `code`) leaves the session usable after ROLLBACK; anything else
   * (socket closed, protocol error, timeout) may not, so later statements fail at once and `release`
   * discards the client instead of pooling it. Returns the error to throw (a timeout named as such).
   */
  private noteFailure(error: unknown): Error {
    // Duck-typed: a socket error may come from another realm (a test sandbox) and fail `instanceof Error`.
    const failure = typeof (error as Error | undefined)?.message === 'string' ? (error as Error) : new Error(String(error));
    if ('code' in failure && typeof failure.code === 'string' && failure.code.length === 5) {
      // A FATAL error ends the session after it (57P01-57P03: the server shut it down or is going
      // down): a ROLLBACK would fail with "Connection terminated unexpectedly" and hide this error.
      if (SESSION_ENDED.test(failure.code)) {
        this.failed ??= failure;
        this.broken ??= failure;
      }
      return failure;
    }
    const named = failure.message === 'Query read timeout' ? new ConnectionTimeoutError('query', this.description, this.queryTimeoutMs, failure) : failure;
    this.failed ??= named;
    this.broken ??= named;
    return named;
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
