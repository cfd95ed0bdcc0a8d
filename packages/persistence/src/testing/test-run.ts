import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The env var through which the jest global setup names this run to the test workers. */
export const TEST_RUN_VARIABLE = 'PARADIGM_TEST_RUN';

/**
 * This jest run's id (8 hex digits), set by the global setup and inherited by every test worker. Every
 * database and PGlite folder the run creates carries it, so the leak check sees only this run's, even
 * while other runs (other projects, other checkouts) use the same server. Outside a jest run with the
 * global setup, an id for this process.
 */
export function testRunId(): string {
  let id = process.env[TEST_RUN_VARIABLE];
  if (!id) {
    id = randomBytes(4).toString('hex');
    process.env[TEST_RUN_VARIABLE] = id;
  }
  return id;
}

/** A new run id (global setup). */
export function newTestRunId(): string {
  return randomBytes(4).toString('hex');
}

/** The prefix of every PostgreSQL test database of run `run`: `paradigm_t_<run>_`. */
export function testDatabasePrefix(run: string = testRunId()): string {
  return `paradigm_t_${run}_`;
}

/** The migrated PostgreSQL database run `run` clones its test databases from. */
export function templateDatabaseName(run: string = testRunId()): string {
  return `${testDatabasePrefix(run)}template`;
}

/** The prefix of every PGlite folder of run `run`, in the system temp folder. */
export function testFolderPrefix(run: string = testRunId()): string {
  return `paradigm-t-${run}-`;
}

/** The migrated PGlite folder run `run` copies its test databases from. */
export function templateFolder(run: string = testRunId()): string {
  return join(tmpdir(), `${testFolderPrefix(run)}template`);
}
