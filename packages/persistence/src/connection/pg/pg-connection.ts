import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { QueryResult } from '../connection';
import { TransactionalConnection } from '../transactional-connection';

/** A {@link PooledConnection} over one `pg` pool client. */
export class PgConnection extends TransactionalConnection {
  readonly dialect = 'postgres' as const;
  private broken: Error | undefined;

  constructor(private readonly client: PoolClient) {
    super();
  }

  async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>> {
    let result;
    try {
      result = await this.client.query(text, values as unknown[] | undefined);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    return { rows: result.rows as R[], rowCount: result.rowCount ?? 0, command: result.command };
  }

  async copyFrom(sql: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<number> {
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

  release(): void {
    this.client.release(this.broken);
  }
}
