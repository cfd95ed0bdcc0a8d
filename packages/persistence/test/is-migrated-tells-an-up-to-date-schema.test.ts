import { type Database, migrateToLatest, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { FolderMigrationProvider, isMigrated } from '../src/migrations/migrations';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: isMigrated is true exactly when every migration of the folder, and no other, is applied`, () => {
    let db: Database;
    let last: string;
    beforeAll(async () => {
      last = Object.keys(await new FolderMigrationProvider().getMigrations()).at(-1)!;
      db = await createTestDatabase(dialect, __filename, { migrate: false });
    });
    afterAll(() => db.close());

    const run = (sql: string, values: unknown[] = []) => withConnection(db, (conn) => conn.query(sql, values));

    it('false before any migration, true once all are applied', async () => {
      expect(await isMigrated(db)).toBe(false);
      await migrateToLatest(db);
      expect(await isMigrated(db)).toBe(true);
    });

    it('false with one pending: the migrator then applies it', async () => {
      const { rows } = await run('DELETE FROM kysely_migration WHERE name = $1 RETURNING name, timestamp', [last]);
      expect(await isMigrated(db)).toBe(false);
      await run('INSERT INTO kysely_migration (name, timestamp) VALUES ($1, $2)', [last, (rows[0] as { timestamp: string }).timestamp]);
      expect(await isMigrated(db)).toBe(true);
    });

    it('false with one this code does not know (the migrator reports it)', async () => {
      await run("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-newer-code', now())");
      expect(await isMigrated(db)).toBe(false);
      await run("DELETE FROM kysely_migration WHERE name = '9999-from-newer-code'");
      expect(await isMigrated(db)).toBe(true);
    });
  });
}
