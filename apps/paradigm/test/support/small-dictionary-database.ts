import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { runParadigm } from './paradigm-process';
import { writeSmallDictionary } from './small-dictionary';

/** What {@link useSmallDictionaryDatabase} gives the tests of a file, once its `beforeAll` ran. */
export interface SmallDictionaryDatabase {
  /** The test's PostgreSQL database, opened by the test. */
  readonly db: () => Database;
  /** Its URL, for a `paradigm` process's `DATABASE_URL`. */
  readonly url: () => string;
  /** A folder of the test's own (removed after it), where the small dictionary's files are. */
  readonly dir: string;
}

/**
 * A PostgreSQL database of the test file's own, into which `paradigm import` (a process) imported the
 * small dictionary ({@link writeSmallDictionary}) before the tests; closed and its folder removed after.
 * PostgreSQL because the tests run `paradigm` processes beside their own connection, which an embedded
 * database does not allow.
 */
export function useSmallDictionaryDatabase(testFile: string): SmallDictionaryDatabase {
  let db: Database | undefined;
  let url: string | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-small-dictionary-'));
  beforeAll(async () => {
    db = await createTestDatabase('postgres', testFile);
    const address = new URL(testAdminUrl());
    address.pathname = `/${testDatabaseName(testFile)}`;
    url = address.toString();
    const { aff, dic } = writeSmallDictionary(dir);
    expect((await runParadigm(['import', 'hunspell', aff, dic, '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });
  return { db: () => db!, url: () => url!, dir };
}

/** What {@link useSmallDictionaryFolder} gives the tests of a file. */
export interface SmallDictionaryFolder {
  /** A folder of the test's own (removed after it), holding the database folder and the dictionary's files. */
  readonly dir: string;
  /** The embedded database's folder. */
  readonly dataDir: string;
  /** The environment that points a `paradigm` process at it. */
  readonly env: Record<string, string>;
}

/**
 * An embedded PGlite folder into which `paradigm import` (a process) imported the small dictionary
 * before the tests; removed after. For the same runs as {@link useSmallDictionaryDatabase} on PGlite,
 * where the test reads the folder only once the process has ended (see `inFolder`).
 */
export function useSmallDictionaryFolder(): SmallDictionaryFolder {
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-small-dictionary-folder-'));
  const dataDir = join(dir, 'db');
  const env = { DATABASE_URL: '', PARADIGM_DATA_DIR: dataDir };
  beforeAll(async () => {
    const { aff, dic } = writeSmallDictionary(dir);
    expect((await runParadigm(['import', 'hunspell', aff, dic, '--progress', 'none'], env)).code).toBe(0);
  }, 5 * 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, dataDir, env };
}
