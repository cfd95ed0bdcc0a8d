import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testDatabaseUrl } from '@paradigm/persistence/testing';
import { query } from '@paradigm/recompute/testing';
import { runParadigm } from './support/paradigm-process';
import { until } from './support/until';
import { MIGRATIONS } from './support/migrations';

/** The session advisory lock kysely's PostgreSQL migrator takes around a migration run. */
const MIGRATION_LOCK = '3853314791062309107';
const PROCESSES = 3;

// Every command migrates the database it opens. Several started at once on a fresh database (a deploy
// that starts `serve` and `run --follow` together) must not fail or leave a half-migrated schema. The
// test holds kysely's migration lock until every process waits on it, so they all overlap for certain.
describe('postgres: paradigm processes started together on a fresh database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { migrate: false });
  });
  afterAll(() => db.close());

  it('all succeed: one applies every migration once, the others find it up to date', async () => {
    const url = testDatabaseUrl(__filename);
    const holder = await db.acquire();
    await holder.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const runs = Array.from({ length: PROCESSES }, () => runParadigm(['migrate'], { DATABASE_URL: url }));
    await until(`${PROCESSES} processes to wait for the migration lock`, async () => {
      const waiting = await query<{ n: number }>(db, "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
      return waiting[0]!.n === PROCESSES;
    });
    await holder.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    holder.release();

    const ended = await Promise.all(runs);
    expect(ended.map((run) => run.code)).toEqual(Array(PROCESSES).fill(0));
    const messages = ended.map((run) => run.stderr).sort();
    expect(messages).toEqual([
      `paradigm: applied ${MIGRATIONS.length} migrations to ${db.description}: ${MIGRATIONS.join(', ')}\n`,
      ...Array(PROCESSES - 1).fill(`paradigm: ${db.description} is up to date: no migration to apply\n`),
    ]);
    expect((await query<{ name: string }>(db, 'SELECT name FROM kysely_migration ORDER BY name')).map((row) => row.name)).toEqual(MIGRATIONS);
  });
});
