import { rmSync } from 'node:fs';
import { type Database, openDatabase, withConnection } from '@paradigm/persistence';
import { createTestDatabase, createTestFolder, TEST_DIALECTS, testDatabaseUrl } from '@paradigm/persistence/testing';

// kysely's migrator creates its lock table whenever it runs: its absence after an open shows it did not.
const lockTable = (db: Database) =>
  withConnection(db, async (conn) => (await conn.query<{ present: boolean }>("SELECT to_regclass('kysely_migration_lock') IS NOT NULL AS present")).rows[0]!.present);
const dropLockTable = (db: Database) => withConnection(db, (conn) => conn.query('DROP TABLE kysely_migration_lock'));

/** A migrated database whose lock table was dropped, and how to open it again; `cleanup` removes it. */
async function migratedWithoutLockTable(dialect: string): Promise<{ reopen: () => Promise<Database>; cleanup: () => Promise<void> }> {
  if (dialect === 'postgres') {
    const db = await createTestDatabase('postgres', __filename);
    await dropLockTable(db);
    return { reopen: () => openDatabase({ url: testDatabaseUrl(__filename), maxConnections: 1 }), cleanup: () => db.close() };
  }
  // One PGlite handle at a time per folder: closed before it is opened again.
  const dataDir = createTestFolder(__filename);
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  await dropLockTable(db).finally(() => db.close());
  return { reopen: () => openDatabase({ dialect: 'pglite', dataDir }), cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: opening an up-to-date database does not run the migrator`, () => {
    it('the lock table the migrator would create stays dropped', async () => {
      const { reopen, cleanup } = await migratedWithoutLockTable(dialect);
      try {
        const again = await reopen();
        try {
          expect(await lockTable(again)).toBe(false);
        } finally {
          await again.close();
        }
      } finally {
        await cleanup();
      }
    });
  });
}
