import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, testAdminUrl, withAdmin } from './create-test-database';
import { stopFoundPostgres } from './global-setup';
import { templateDatabaseName, templateFolder, testDatabasePrefix, testFolderPrefix } from './test-run';

/**
 * Jest `globalTeardown`: removes the run's templates, then fails the run if any of its test databases
 * or PGlite folders remain (a test that did not close one), after removing them so they never pile
 * up; stops the throwaway PostgreSQL if `global-setup` started one. Only this run's: names carry its id.
 */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = testAdminUrl();
  try {
    await adminQuery(adminUrl, [`DROP DATABASE IF EXISTS "${templateDatabaseName()}" WITH (FORCE)`]);
    rmSync(templateFolder(), { recursive: true, force: true });
    const databases = await runDatabases(adminUrl);
    const folders = readdirSync(tmpdir()).filter((f) => f.startsWith(testFolderPrefix()));
    await adminQuery(adminUrl, databases.map((d) => `DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`));
    for (const folder of folders) rmSync(join(tmpdir(), folder), { recursive: true, force: true });
    const left = [...databases.map((d) => `database ${d}`), ...folders.map((f) => `PGlite folder ${join(tmpdir(), f)}`)];
    if (left.length > 0) {
      throw new Error(`The tests left ${left.length} test database(s) behind (removed now): ${left.join(', ')}. Close every database createTestDatabase() returns, e.g. afterAll(() => db.close()).`);
    }
  } finally {
    await stopFoundPostgres();
  }
}

function runDatabases(adminUrl: string): Promise<string[]> {
  const prefix = testDatabasePrefix().replace(/_/g, '\\_');
  return withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname', [`${prefix}%`]);
    return rows.map((r) => r.datname);
  });
}
