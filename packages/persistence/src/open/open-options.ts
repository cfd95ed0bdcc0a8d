import type { ClientTimeouts } from '../connection/client-timeouts';
import type { Dialect } from '../connection/connection';

/** How `openDatabase` opens a database; every option has a default. */
export interface OpenOptions {
  /** Force a dialect: `pglite` ignores `DATABASE_URL`; `postgres` fails without a URL. Default: chosen by the URL. */
  dialect?: Dialect;
  /** A `postgres://` or `postgresql://` URL; defaults to `DATABASE_URL` (read from the environment or `.env`). */
  url?: string;
  /** PGlite data folder when there is no URL; defaults to `defaultPgliteDir()` (`PARADIGM_DATA_DIR`, else the repository's .data/pglite). */
  dataDir?: string;
  /** Pool size for PostgreSQL (default 10; ignored on PGlite, which always has 1). */
  maxConnections?: number;
  /**
   * Open only a PGlite database that exists: a `dataDir` that does not exist is refused
   * ({@link NoDatabaseError}) instead of made into a new, empty database. For commands that only read the
   * lexicon, which a mistyped folder would show as empty. Ignored on PostgreSQL.
   */
  existing?: boolean;
  /** Run migrations on open (default true). They run without the query timeout and with `statement_timeout = 0`. */
  migrate?: boolean;
  /** PostgreSQL client timeouts and keep-alive; each one not given keeps its `DEFAULT_CLIENT_TIMEOUTS` value. Ignored on PGlite. */
  timeouts?: Partial<ClientTimeouts>;
}
