import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { query } from '@paradigm/recompute/testing';
import { databaseForProcesses, type DatabaseForProcesses } from './support/database-for-processes';
import { runParadigm } from './support/paradigm-process';

// A database of another program that has tables of paradigm's names and no record of paradigm's
// migrations: the first migration would fail on them. Every command, a read-only `status` too,
// refuses it before migrating, naming the tables and the fix, and creates nothing in it.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a database of another program holding lexemes and patterns`, () => {
    let database: DatabaseForProcesses;
    let description: string;
    const relations = () =>
      database.use(async (db) => (await query<{ name: string }>(db, "SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1")).map((row) => row.name));
    beforeAll(async () => {
      database = await databaseForProcesses(dialect, __filename, false);
      description = await database.use(async (db) => {
        await query(db, 'CREATE TABLE lexemes (word text); CREATE TABLE patterns (rule text); CREATE TABLE words (word text)');
        return db.description;
      });
    });
    afterAll(() => database.remove());

    for (const args of [['status'], ['migrate']]) {
      it(`paradigm ${args[0]} exits 3 naming the database, its tables and the fix, and creates nothing`, async () => {
        expect(await relations()).toEqual(['lexemes', 'patterns', 'words']);
        const ended = await runParadigm(args, database.env);
        const refusal =
          `the database ${description} is not a paradigm database: it holds lexemes, patterns but no record of paradigm's migrations. ` +
          'Nothing was changed. Use an empty database for paradigm: set DATABASE_URL to another database (or, embedded, --data-dir to another folder).';
        expect({ code: ended.code, stdout: ended.stdout, stderr: ended.stderr }).toEqual({
          code: 3,
          stdout: '',
          stderr: `paradigm: ${args[0] === 'status' ? 'cannot open the database: ' : ''}${refusal}\n`,
        });
        expect(await relations()).toEqual(['lexemes', 'patterns', 'words']);
      });
    }
  });
}
