import type { Dialect, NotificationSession, PooledConnection } from './connection';

/**
 * An open database: up to `maxConnections` connections for queries, transactions and COPY (see
 * `withConnection` for one call's worth). PGlite has exactly one connection: while you hold it from
 * `acquire()`, every other `acquire()` in the process waits for it (do not acquire a second one inside
 * an acquired connection's work on PGlite: it would wait forever; pass the connection you hold).
 */
export interface Database {
  readonly dialect: Dialect;
  readonly maxConnections: number;
  /** Describes where it points, without secrets: `postgres://host:5432/db` or `pglite:/path`. */
  readonly description: string;
  acquire(): Promise<PooledConnection>;
  /**
   * PostgreSQL only: a session of its own (outside the pool) for statements that wait or LISTEN;
   * `onNotify` gets the channel and payload of every notification it receives, `onLost` is called once
   * if the session ends.
   */
  openSession?(onNotify: (channel: string, payload: string) => void, onLost: (error: Error) => void): Promise<NotificationSession>;
  /** Closes it; calling it again waits for the same close. */
  close(): Promise<void>;
}
