import { join } from 'node:path';
import { migrateToLatest } from '../migrations/migrations';
import type { PooledConnection } from './connection';
import { ConnectionDriver } from './connection-driver';
import type { Database, OpenOptions } from './database';
import { databaseUrlFromEnvironment, describeUrl } from './database-url';
import { createPgPool } from './pg/pg-database';
import { createPostgresKysely } from './postgres-kysely';
import { openPgliteInstance } from './pglite/pglite-instance';
import { workspaceRoot } from './workspace-root';

const DEFAULT_MAX_CONNECTIONS = 10;

/** The PGlite folder used when there is no `DATABASE_URL`: `<workspace>/.data/pglite` (gitignored). */
export function defaultPgliteDir(): string {
  return join(workspaceRoot(), '.data', 'pglite');
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
  const db = url ? await openPostgres(url, options.maxConnections ?? DEFAULT_MAX_CONNECTIONS) : await openPglite(options.dataDir ?? defaultPgliteDir());
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(db.kysely);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

async function openPostgres(url: string, maxConnections: number): Promise<Database> {
  const description = describeUrl(url);
  const pool = createPgPool(url, description, maxConnections);
  // Connect once now so a wrong URL or a stopped server fails here, with the database's name.
  try {
    (await pool.acquire()).release();
  } catch (error) {
    await pool.close();
    throw error;
  }
  return assemble('postgres', description, maxConnections, () => pool.acquire(), () => pool.close());
}

async function openPglite(dataDir: string): Promise<Database> {
  const instance = await openPgliteInstance(dataDir);
  return assemble('pglite', `pglite:${instance.dataDir}`, 1, () => instance.acquire(), () => instance.close());
}

function assemble(
  dialect: Database['dialect'],
  description: string,
  maxConnections: number,
  acquire: () => Promise<PooledConnection>,
  close: () => Promise<void>,
): Database {
  const kysely = createPostgresKysely(new ConnectionDriver(acquire));
  let closing: Promise<void> | undefined;
  return {
    dialect,
    kysely,
    maxConnections,
    description,
    acquire,
    close: () => (closing ??= kysely.destroy().then(close)),
  };
}
