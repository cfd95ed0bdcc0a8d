import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { testAdminUrl } from '@paradigm/persistence/testing';

const root = join(__dirname, '..');
const workspace = join(root, '..', '..');

/** Runs jest, as `pnpm test` does, on the fixture alone, with the database harness. */
function runLeakingFile() {
  const config = { ...require(join(root, 'jest.config.js')), testMatch: ['<rootDir>/test/fixtures/leaks-a-database.fixture.ts'] };
  return spawnSync(join(workspace, 'node_modules/.bin/jest'), ['--config', JSON.stringify(config)], {
    cwd: root, encoding: 'utf8', env: { ...process.env, PARADIGM_TEST_RUN: '', FORCE_COLOR: '0' },
  });
}

describe('a test file that leaves its databases open', () => {
  it('fails, naming them, and the run removes them and fails too', async () => {
    const run = runLeakingFile();
    expect(run.status).toBe(1);
    // The file fails (a suite that failed to run, which the test summary counts as a failure) ...
    expect(run.stderr).toMatch(/FAIL .*leaks-a-database\.fixture\.ts\n\s+● Test suite failed to run/);
    expect(run.stderr).toMatch(/leaks-a-database\.fixture\.ts left 2 test database\(s\) open: postgres:\/\/.*\/paradigm_t_[0-9a-f]{8}_leaks_a_database_fixture_ts_[0-9a-f]{8}, pglite:.*\/paradigm-t-[0-9a-f]{8}-leaks_a_database_fixture_ts-\w+\. Close every database createTestDatabase\(\) returns/);
    // ... and the global teardown names what was left, removes it, and fails the run.
    const left = /The tests left 2 test database\(s\) behind \(removed now\): database (paradigm_t_\w+), PGlite folder (\S+)\. Close every/.exec(run.stderr);
    expect(left).not.toBeNull();
    const [, database, folder] = left!;
    expect(existsSync(folder)).toBe(false);
    const admin = new Client({ connectionString: testAdminUrl() });
    await admin.connect();
    try {
      const run = database.slice(0, 'paradigm_t_'.length + 9);
      const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${run.replace(/_/g, '\\_')}%`]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
    }
  }, 10 * 60 * 1000);
});
