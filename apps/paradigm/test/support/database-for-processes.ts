import { rmSync } from 'node:fs';
import type { Database, Dialect } from '@paradigm/persistence';
import { createTestDatabase, createTestFolder, testDatabaseUrl } from '@paradigm/persistence/testing';
import { inFolder } from './pglite-folder';

/** A test file's database of either dialect that `paradigm` processes open, and the test reads between them. */
export interface DatabaseForProcesses {
  /** The environment that points a `paradigm` process at it. */
  readonly env: Record<string, string>;
  /** Runs `work` on the database; on PGlite only while no process has the folder open. */
  use<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** Closes and removes it. */
  remove(): Promise<void>;
}

/**
 * A database of `testFile`'s own on `dialect`, migrated unless `migrate` is false: a PostgreSQL
 * database that the test keeps open beside the processes, or a PGlite folder that it opens only
 * between them (PGlite allows one process at a time).
 */
export async function databaseForProcesses(dialect: Dialect, testFile: string, migrate: boolean): Promise<DatabaseForProcesses> {
  if (dialect === 'postgres') {
    const db = await createTestDatabase('postgres', testFile, { migrate });
    return { env: { DATABASE_URL: testDatabaseUrl(testFile) }, use: (work) => work(db), remove: () => db.close() };
  }
  const dataDir = createTestFolder(testFile, migrate);
  return {
    env: { DATABASE_URL: '', PARADIGM_DATA_DIR: dataDir },
    use: (work) => inFolder(dataDir, work),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
