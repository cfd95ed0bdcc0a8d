import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ClientTimeouts, DEFAULT_CLIENT_TIMEOUTS } from '../connection/client-timeouts';
import type { PooledConnection } from '../connection/connection';
import type { Database } from '../connection/database';
import { databaseUrlFromEnvironment, parseDatabaseUrl } from '../connection/database-url';
import { openPgliteInstance } from '../connection/pglite/pglite-instance';
import { workspaceRoot } from '../connection/workspace-root';
import type { MigrationTarget } from '../migrations/migration-kysely';
import { isMigrated, migrateToLatest } from '../migrations/migrations';
import { NoDatabaseError } from './no-database-error';
import type { OpenOptions } from './open-options';

const DEFAULT_MAX_CONNECTIONS = 10;

/**
 * The PGlite folder used when there is no `DATABASE_URL` (and no folder is given): `PARADIGM_DATA_DIR`
 * in `env` if set; else, run from this repository, `<workspace>/.data/pglite` (gitignored), which its
 * worker, scripts, `paradigm` and `lexicon` share; else (installed elsewhere) `.paradigm` in the
 * current directory, never a folder of some other workspace the package happens to sit in. The one
 * place that reads `PARADIGM_DATA_DIR`: every command chooses the folder through it.
 */
export function defaultPgliteDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = env.PARADIGM_DATA_DIR;
  if (chosen) return resolve(chosen);
  const root = workspaceRoot();
  return isThisRepository(root) ? join(root, '.data', 'pglite') : resolve('.paradigm');
}

function isThisRepository(root: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string }).name === 'paradigm';
  } catch {
    return false;
  }
}

/**
 * Opens the configured database and (unless `migrate: false`) brings its schema up to date.
 *
 * - `url`, else `DATABASE_URL` (environment, else `.env` at the workspace root): PostgreSQL through a
 *   `pg` pool of `maxConnections`.
 * - otherwise embedded PGlite in `dataDir` (default {@link defaultPgliteDir}), one connection, shared
 *   by every handle this process opens on that folder.
 *
 * @example
 * const db = await openDatabase();
 * console.log(db.description); // pglite:/home/me/paradigm/.data/pglite
 * await db.close();
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const url = options.dialect === 'pglite' ? undefined : (options.url ?? databaseUrlFromEnvironment());
  if (options.dialect === 'postgres' && !url) {
    throw new Error('openDatabase({ dialect: "postgres" }) needs a URL: pass `url` or set DATABASE_URL (environment or .env), e.g. postgres://postgres@127.0.0.1:5432/postgres.');
  }
  const timeouts = { ...DEFAULT_CLIENT_TIMEOUTS, ...options.timeouts };
  const dataDir = options.dataDir ?? defaultPgliteDir();
  if (!url && options.existing === true && !existsSync(dataDir)) throw new NoDatabaseError(dataDir);
  const opened = url ? await openPostgres(url, options.maxConnections ?? DEFAULT_MAX_CONNECTIONS, timeouts) : await openPglite(dataDir);
  if (options.migrate ?? true) {
    try {
      if (!(await isMigrated(opened.db))) await migrateToLatest(opened.migrations);
    } catch (error) {
      await opened.db.close();
      throw error;
    }
  }
  return opened.db;
}

/** An open database and where its migrations run. */
interface Opened {
  readonly db: Database;
  readonly migrations: MigrationTarget;
}

async function openPostgres(url: string, maxConnections: number, timeouts: ClientTimeouts): Promise<Opened> {
  const address = parseDatabaseUrl(url);
  // The PostgreSQL driver (pg, some 55 ms to load) is loaded only where PostgreSQL is opened, with a
  // plain `require`: neither jest's sandbox nor tsx's CommonJS hook resolves an `import()` of a .ts file.
  const { createPgPool } = require('../connection/pg/pg-database') as typeof import('../connection/pg/pg-database');
  const { openPgSession } = require('../connection/pg/pg-listener') as typeof import('../connection/pg/pg-listener');
  const pool = createPgPool(url, address, maxConnections, timeouts);
  // Connect once now so a wrong URL or a stopped server fails here, with the database's name.
  try {
    (await pool.acquire()).release();
  } catch (error) {
    await pool.close();
    throw error;
  }
  const db = assemble('postgres', address.description, maxConnections, () => pool.acquire(), () => pool.close());
  return {
    db: { ...db, openSession: (onNotify, onLost) => openPgSession(url, onNotify, onLost) },
    // An index build on a large table is a legitimately long statement: migrations run unbounded.
    migrations: { description: address.description, acquire: () => pool.acquireUnbounded() },
  };
}

async function openPglite(dataDir: string): Promise<Opened> {
  const instance = await openPgliteInstance(dataDir);
  const db = assemble('pglite', `pglite:${instance.dataDir}`, 1, () => instance.acquire(), () => instance.close());
  return { db, migrations: db };
}

function assemble(
  dialect: Database['dialect'],
  description: string,
  maxConnections: number,
  acquire: () => Promise<PooledConnection>,
  close: () => Promise<void>,
): Database {
  let closing: Promise<void> | undefined;
  return {
    dialect,
    maxConnections,
    description,
    acquire,
    close: () => (closing ??= close()),
  };
}
