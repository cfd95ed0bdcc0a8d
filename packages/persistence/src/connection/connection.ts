/**
 * The few things the rest of the project needs from a database connection. Both dialects (real
 * PostgreSQL through `pg`, embedded PGlite) implement it; nothing outside `connection/` sees `pg` or
 * PGlite types.
 */
export type Dialect = 'postgres' | 'pglite';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
  /** The command tag's verb (`SELECT`, `INSERT`, `COMMIT`, ...) when the driver reports it. */
  command?: string;
}

/** Part of a COPY's input: text, or bytes already UTF-8 encoded (see `writers/copy-rows.ts`). */
export type CopyChunk = string | Uint8Array;

export interface Connection {
  readonly dialect: Dialect;
  /**
   * Runs `text` with `values` as its parameters. Without values `text` may hold several statements,
   * sent in one round trip and run as one transaction unless they open their own (a failure rolls
   * back the ones before it); it resolves to the last statement's result.
   */
  query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
  /**
   * Runs `COPY ... FROM STDIN` (text format) feeding it `chunks` (already-encoded text or bytes, see
   * `copy-encoder.ts` and `copy-rows.ts`) with backpressure; resolves to the number of rows loaded.
   */
  copyFrom(sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>): Promise<number>;
  /**
   * BEGIN ... COMMIT around `fn`; ROLLBACK if it throws, leaving the connection usable. Called inside
   * another `transaction`, it nests as a SAVEPOINT.
   */
  transaction<T>(fn: (tx: Connection) => Promise<T>): Promise<T>;
}

/** A connection taken from a {@link Database}; give it back with `release()`. */
export interface PooledConnection extends Connection {
  release(): void;
}

/**
 * A session of its own opened with `Database.openSession`: it runs statements one at a time, with no
 * statement timeout (a session advisory lock may wait as long as its holder lives), and receives the
 * notifications of the channels it LISTENs on (delivered while it is idle, between statements).
 */
export interface NotificationSession {
  /** The server process of this session (`pg_backend_pid()`), e.g. to cancel its statement from another session. */
  readonly backendPid: number;
  query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Ends the session. */
  close(): Promise<void>;
}
