import { rmSync } from 'node:fs';
import { openDatabase } from '../open/open-database';
import { adminQuery } from './create-test-database';
import { findPostgres, type FoundPostgres } from './find-postgres';
import { ADMIN_URL_VARIABLE } from './test-dialects';
import { TEST_RUN_VARIABLE, newTestRunId, templateDatabaseName, templateFolder } from './test-run';

const STATE = Symbol.for('paradigm.test.postgres');

/**
 * Jest `globalSetup`: finds (or starts) PostgreSQL once per jest run, names the run
 * (`PARADIGM_TEST_RUN`), and migrates the two templates the run's test databases are copied from: the
 * database `paradigm_t_<run>_template` and the PGlite folder `paradigm-t-<run>-template`. Publishes
 * the admin URL to the test workers as `PARADIGM_TEST_ADMIN_URL`. Use it with {@link ./global-teardown}.
 */
export default async function globalSetup(): Promise<void> {
  const found = await findPostgres();
  process.env[ADMIN_URL_VARIABLE] = found.adminUrl;
  process.env[TEST_RUN_VARIABLE] = newTestRunId();
  (globalThis as Record<symbol, FoundPostgres>)[STATE] = found;
  if (found.source === 'throwaway server') process.stderr.write(`\nTests use a throwaway PostgreSQL at ${found.adminUrl}\n`);
  await createTemplates(found.adminUrl);
}

async function createTemplates(adminUrl: string): Promise<void> {
  const database = templateDatabaseName();
  await adminQuery(adminUrl, [`CREATE DATABASE "${database}"`]);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  // Closed before any test runs: PostgreSQL clones a template only while nobody is connected to it.
  await (await openDatabase({ dialect: 'postgres', url: url.toString(), maxConnections: 1 })).close();
  const folder = templateFolder();
  try {
    await (await openDatabase({ dialect: 'pglite', dataDir: folder })).close();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Stops a server the setup started (no-op for an existing one). */
export async function stopFoundPostgres(): Promise<void> {
  const found = (globalThis as Record<symbol, FoundPostgres | undefined>)[STATE];
  await found?.stop();
}
