import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { Client } from 'pg';
import type { Dialect } from '../connection/connection';
import type { Database } from '../connection/database';
import { openDatabase } from '../connection/open-database';
import { ADMIN_URL_VARIABLE, LOCAL_ADMIN_URL } from './test-dialects';

/** Options for {@link createTestDatabase}. */
export interface TestDatabaseOptions {
  /** Pool size on PostgreSQL (default 4). */
  maxConnections?: number;
  /** Run migrations (default true). */
  migrate?: boolean;
}

/**
 * A fresh, migrated, empty database of its own for one test file, so tests never see each other's
 * rows. Pass the test file's `__filename` (or any name unique to the caller).
 *
 * - `postgres`: `CREATE DATABASE paradigm_t_<file>_<hash>` on the server the jest global setup found
 *   (dropped first if a previous run left it; kept after close for inspection).
 * - `pglite`: a new temporary folder, deleted on close.
 */
export async function createTestDatabase(dialect: Dialect, name: string, options: TestDatabaseOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (dialect === 'pglite') {
    const dataDir = mkdtempSync(`${tmpdir()}/paradigm-${slug(name)}-`);
    const db = await openDatabase({ dialect: 'pglite', dataDir, migrate });
    const close = db.close;
    return { ...db, close: () => close().finally(() => rmSync(dataDir, { recursive: true, force: true })) };
  }
  const adminUrl = testAdminUrl();
  const database = testDatabaseName(name);
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Cannot reach the test PostgreSQL at ${adminUrl}: ${(error as Error).message}. Run tests through jest.config.js (its globalSetup finds or starts a server) or set ${ADMIN_URL_VARIABLE} / DATABASE_URL.`, { cause: error });
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return openDatabase({ dialect: 'postgres', url: url.toString(), maxConnections: options.maxConnections ?? 4, migrate });
}

/** The admin URL published by the global setup, else `DATABASE_URL`, else the local server. */
export function testAdminUrl(): string {
  return process.env[ADMIN_URL_VARIABLE] || process.env.DATABASE_URL || LOCAL_ADMIN_URL;
}

/** `paradigm_t_<file slug>_<8 hex of the full name>`: readable, unique, within PostgreSQL's 63 bytes. */
export function testDatabaseName(name: string): string {
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `paradigm_t_${slug(name).slice(0, 40)}_${hash}`;
}

function slug(name: string): string {
  return basename(name).replace(/\.(test|spec)\.[jt]s$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
