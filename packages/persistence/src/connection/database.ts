import type { Kysely } from 'kysely';
import type { ClientTimeouts } from './client-timeouts';
import type { Dialect, Listener, PooledConnection } from './connection';
import type { Schema } from '../schema/schema';

/**
 * An open database: a kysely instance for ordinary queries and up to `maxConnections` raw connections
 * for transactions and COPY. PGlite has exactly one connection, shared by both: while you hold it from
 * `acquire()`, a `kysely` query waits for it (do not use `kysely` inside an acquired connection's work
 * on PGlite: it would wait forever; use the connection's `query`).
 */
export interface Database {
  readonly dialect: Dialect;
  readonly kysely: Kysely<Schema>;
  readonly maxConnections: number;
  /** Describes where it points, without secrets: `postgres://host:5432/db` or `pglite:/path`. */
  readonly description: string;
  acquire(): Promise<PooledConnection>;
  /**
   * PostgreSQL only (absent on PGlite, whose one process owns the database: nothing else can write to
   * it while this process sleeps): calls `onNotify` with the payload of every `NOTIFY` on `channel`, on a session of
   * its own; `onLost` once if that session ends.
   */
  listen?(channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void): Promise<Listener>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Force a dialect: `pglite` ignores `DATABASE_URL`; `postgres` fails without a URL. Default: chosen by the URL. */
  dialect?: Dialect;
  /** A `postgres://` or `postgresql://` URL; defaults to `DATABASE_URL` (read from the environment or `.env`). */
  url?: string;
  /** PGlite data folder when there is no URL; defaults to `defaultPgliteDir()` (`PARADIGM_DATA_DIR`, else the repository's .data/pglite). */
  dataDir?: string;
  /** Pool size for PostgreSQL (default 10; ignored on PGlite, which always has 1). */
  maxConnections?: number;
  /** Run migrations on open (default true). They run without the query timeout and with `statement_timeout = 0`. */
  migrate?: boolean;
  /** PostgreSQL client timeouts and keep-alive; each one not given keeps its {@link DEFAULT_CLIENT_TIMEOUTS} value. Ignored on PGlite. */
  timeouts?: Partial<ClientTimeouts>;
}
