import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client } from 'pg';
import type { Dialect } from '../connection/connection';
import type { Database } from '../connection/database';
import { openDatabase } from '../open/open-database';
import { trackOpenTestDatabase } from './open-test-databases';
import { ADMIN_URL_VARIABLE, LOCAL_ADMIN_URL } from './test-dialects';
import { templateDatabaseName, templateFolder, testDatabasePrefix, testFolderPrefix } from './test-run';

/** Options for {@link createTestDatabase}. */
export interface TestDatabaseOptions {
  /** Pool size on PostgreSQL (default 4). */
  maxConnections?: number;
  /** Migrated (default true); `false` gives an empty database. */
  migrate?: boolean;
}

/**
 * A fresh, migrated, empty database of its own for one test file, so tests never see each other's
 * rows, dropped when it is closed. Pass the test file's `__filename` (or any name unique to the caller).
 *
 * - `postgres`: `paradigm_t_<run>_<file>_<hash>` on the server the jest global setup found, cloned
 *   from the run's migrated template database (`CREATE DATABASE ... TEMPLATE`), else created and
 *   migrated; dropped on close.
 * - `pglite`: a temporary folder `paradigm-t-<run>-<file>-*`, a copy of the run's migrated template
 *   folder (else initialised and migrated); deleted on close.
 *
 * A PGlite folder starts in about 0.5 s of CPU as a copy and 5-10 s fresh (PGlite runs initdb in
 * WebAssembly), measured here at a load of 17; cloning a PostgreSQL template skips the migrations.
 * The jest environment fails a test file that leaves one open, and the global teardown fails the run
 * if any of its databases or folders remain.
 */
export async function createTestDatabase(dialect: Dialect, name: string, options: TestDatabaseOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  const db = dialect === 'pglite' ? await createPgliteDatabase(name, migrate) : await createPostgresDatabase(name, migrate, options.maxConnections ?? 4);
  return trackOpenTestDatabase(db);
}

/**
 * A new PGlite data folder for this run, `paradigm-t-<run>-<file>-*` in the system temp folder: a copy
 * of the run's migrated template when the global setup made one (and `migrate` is not false), else
 * empty. For tests that open the folder themselves; delete it when done (the global teardown fails the
 * run otherwise).
 */
export function createTestFolder(name: string, migrate = true): string {
  const dataDir = mkdtempSync(join(tmpdir(), `${testFolderPrefix()}${slug(name).slice(0, 40)}-`));
  const template = templateFolder();
  if (migrate && existsSync(template)) cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

async function createPgliteDatabase(name: string, migrate: boolean): Promise<Database> {
  const dataDir = createTestFolder(name, migrate);
  let db: Database;
  try {
    db = await openDatabase({ dialect: 'pglite', dataDir, migrate });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const close = db.close;
  return { ...db, close: () => close().finally(() => rmSync(dataDir, { recursive: true, force: true })) };
}

async function createPostgresDatabase(name: string, migrate: boolean, maxConnections: number): Promise<Database> {
  const adminUrl = testAdminUrl();
  const database = testDatabaseName(name);
  const template = migrate ? await existingDatabase(adminUrl, templateDatabaseName()) : undefined;
  await adminQuery(adminUrl, [
    `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`,
    template ? `CREATE DATABASE "${database}" TEMPLATE "${template}"` : `CREATE DATABASE "${database}"`,
  ]);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  let db: Database;
  try {
    db = await openDatabase({ dialect: 'postgres', url: url.toString(), maxConnections, migrate });
  } catch (error) {
    await adminQuery(adminUrl, [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]);
    throw error;
  }
  const close = db.close;
  // FORCE ends the connections a test's child processes may still hold (a killed worker's, say).
  return { ...db, close: () => close().finally(() => adminQuery(adminUrl, [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`])) };
}

/** Runs `work` on a short-lived admin connection to the test server. */
export async function withAdmin<T>(adminUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Cannot reach the test PostgreSQL at ${adminUrl}: ${(error as Error).message}. Run tests through jest.config.js (its globalSetup finds or starts a server) or set ${ADMIN_URL_VARIABLE} / DATABASE_URL.`, { cause: error });
  }
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Runs `statements` one after another on a short-lived admin connection. */
export function adminQuery(adminUrl: string, statements: readonly string[]): Promise<void> {
  return withAdmin(adminUrl, async (admin) => {
    for (const statement of statements) await admin.query(statement);
  });
}

function existingDatabase(adminUrl: string, name: string): Promise<string | undefined> {
  return withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rows.length > 0 ? name : undefined;
  });
}

/** The admin URL published by the global setup, else `DATABASE_URL`, else the local server. */
export function testAdminUrl(): string {
  return process.env[ADMIN_URL_VARIABLE] || process.env.DATABASE_URL || LOCAL_ADMIN_URL;
}

/**
 * `paradigm_t_<run>_<file slug>_<8 hex of the full name>`: readable, unique to the file (the full
 * path is hashed, so two checkouts never collide) and to the run, within PostgreSQL's 63 bytes.
 */
export function testDatabaseName(name: string): string {
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${testDatabasePrefix()}${slug(name).slice(0, 30)}_${hash}`;
}

/** The URL of the PostgreSQL database `createTestDatabase('postgres', name)` makes, for a process a test starts. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(testAdminUrl());
  url.pathname = `/${testDatabaseName(name)}`;
  return url.toString();
}

function slug(name: string): string {
  return basename(name).replace(/\.(test|spec)\.[jt]s$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
