import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { query } from '@paradigm/recompute/testing';
import { databaseForProcesses, type DatabaseForProcesses } from './support/database-for-processes';
import { MIGRATIONS } from './support/migrations';
import { runParadigm } from './support/paradigm-process';

// A database that a newer paradigm migrated records a migration this one does not know. Every command
// refuses it before kysely's migrator runs, saying to upgrade, and leaves it as it was.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a database migrated by a newer paradigm`, () => {
    let database: DatabaseForProcesses;
    let description: string;
    const record = () => database.use(async (db) => ({
      migrations: (await query<{ name: string }>(db, 'SELECT name FROM kysely_migration ORDER BY name COLLATE "C"')).map((row) => row.name),
      relations: (await query<{ name: string }>(db, "SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1")).map((row) => row.name),
    }));
    beforeAll(async () => {
      database = await databaseForProcesses(dialect, __filename, true);
      description = await database.use(async (db) => {
        await query(db, "INSERT INTO kysely_migration (name, timestamp) VALUES ('0099-future', now()), ('0100-further', now())");
        return db.description;
      });
    });
    afterAll(() => database.remove());

    for (const args of [['status'], ['migrate']]) {
      it(`paradigm ${args[0]} exits 3 saying to upgrade paradigm, and changes nothing`, async () => {
        const before = await record();
        expect(before.migrations).toEqual([...MIGRATIONS, '0099-future', '0100-further']);
        const ended = await runParadigm(args, database.env);
        const refusal =
          `the database ${description} was migrated by a newer paradigm: it records migrations that this paradigm does not know: 0099-future, 0100-further. ` +
          'This paradigm is older than the database; nothing was changed. Upgrade paradigm to the version that migrated it, or a later one.';
        expect({ code: ended.code, stdout: ended.stdout, stderr: ended.stderr }).toEqual({
          code: 3,
          stdout: '',
          stderr: `paradigm: ${args[0] === 'status' ? 'cannot open the database: ' : ''}${refusal}\n`,
        });
        expect(await record()).toEqual(before);
      });
    }
  });
}
