import { findPostgres, type FoundPostgres } from './find-postgres';
import { ADMIN_URL_VARIABLE } from './test-dialects';

const STATE = Symbol.for('paradigm.test.postgres');

/**
 * Jest `globalSetup`: finds (or starts) PostgreSQL once per jest run and publishes its admin URL to
 * the test workers as `PARADIGM_TEST_ADMIN_URL`. Use it with {@link ./global-teardown}:
 * `globalSetup: require.resolve('<persistence>/src/testing/global-setup.ts')`.
 */
export default async function globalSetup(): Promise<void> {
  const found = await findPostgres();
  process.env[ADMIN_URL_VARIABLE] = found.adminUrl;
  (globalThis as Record<symbol, FoundPostgres>)[STATE] = found;
  if (found.source === 'throwaway server') process.stderr.write(`\nTests use a throwaway PostgreSQL at ${found.adminUrl}\n`);
}

/** Stops a server the setup started (no-op for an existing one). */
export async function stopFoundPostgres(): Promise<void> {
  const found = (globalThis as Record<symbol, FoundPostgres | undefined>)[STATE];
  await found?.stop();
}
