import {
  copyNextFormsSql,
  createNextForms,
  type Database,
  indexNextForms,
  swapInNextForms,
  withConnection,
} from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { readForms } from './support/forms';

/** Everything about `forms` besides its rows, with the table's own identity left out. */
const CATALOG_SQL = `
  SELECT 'index ' || indexname || ': ' || regexp_replace(indexdef, '^.* USING ', '') AS item FROM pg_indexes WHERE tablename = 'forms'
  UNION ALL SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'forms'::regclass
  UNION ALL SELECT 'trigger ' || tgname || ': ' || regexp_replace(pg_get_triggerdef(oid), ' ON \\S+ ', ' ON forms ') FROM pg_trigger WHERE tgrelid = 'forms'::regclass AND NOT tgisinternal
  UNION ALL SELECT 'grant ' || grantee || ': ' || privilege_type FROM information_schema.role_table_grants WHERE table_name = 'forms' AND grantee <> grantor
  UNION ALL SELECT 'column ' || column_name || ': ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns WHERE table_name = 'forms'
  ORDER BY 1`;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a rebuilt forms table`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('has the indexes, constraints, triggers, grants and columns of the one it replaced, under the same names, and only the new rows', async () => {
      const catalog = await withConnection(db, async (conn) => {
        // Whatever later migrations or an operator may add to forms.
        await conn.query("CREATE INDEX forms_cell_idx ON forms (cell) WHERE cell <> ''");
        await conn.query('ALTER TABLE forms ADD CONSTRAINT forms_lexeme_positive CHECK (lexeme_id > 0)');
        await conn.query('ALTER TABLE forms ADD CONSTRAINT forms_row_key UNIQUE (lexeme_id, pattern_id, cell, form)');
        await conn.query('CREATE FUNCTION forms_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$');
        await conn.query('CREATE TRIGGER forms_noop AFTER INSERT ON forms FOR EACH STATEMENT EXECUTE FUNCTION forms_noop()');
        await conn.query('GRANT SELECT ON forms TO PUBLIC');
        await conn.query("INSERT INTO lexemes (id, lemma) VALUES (1, 'new'), (2, 'news')");
        await conn.query("INSERT INTO forms VALUES (1, 1, 'N;SG', 'old')");
        return (await conn.query<{ item: string }>(CATALOG_SQL)).rows.map((row) => row.item);
      });
      expect(catalog).toEqual(expect.arrayContaining(['index forms_cell_idx: btree (cell) WHERE (cell <> \'\'::text)', 'trigger forms_noop: CREATE TRIGGER forms_noop AFTER INSERT ON forms FOR EACH STATEMENT EXECUTE FUNCTION forms_noop()', 'grant PUBLIC: SELECT']));

      await withConnection(db, (conn) =>
        conn.transaction(async (tx) => {
          const definition = await createNextForms(tx);
          await tx.copyFrom(copyNextFormsSql(true), ['1\t1\tN;SG\tnew\t0\t\\N\n', '2\t1\tN;PL\tnews\t1\t\\N\n']);
          await indexNextForms(tx, definition);
          await swapInNextForms(tx, definition, [], []);
        }),
      );
      expect(await withConnection(db, async (conn) => (await conn.query<{ item: string }>(CATALOG_SQL)).rows.map((row) => row.item))).toEqual(catalog);
      expect(await readForms(db)).toEqual([
        [1, 1, 'N;SG', 'new'],
        [2, 1, 'N;PL', 'news'],
      ]);
    });
  });
}
