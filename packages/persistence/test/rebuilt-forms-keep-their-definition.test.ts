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
  UNION ALL SELECT 'statistics ' || c.relname || '.' || a.attname || ': ' || a.attstattarget FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE (c.oid = 'forms'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'forms'::regclass)) AND a.attnum > 0 AND a.attstattarget >= 0
  UNION ALL SELECT 'column ' || column_name || ': ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns WHERE table_name = 'forms'
  ORDER BY 1`;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a rebuilt forms table`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('has the indexes, constraints, triggers, grants, statistics targets and columns of the one it replaced, under the same names, and only the new rows', async () => {
      const catalog = await withConnection(db, async (conn) => {
        // Whatever later migrations or an operator may add to forms.
        await conn.query("CREATE INDEX forms_cell_idx ON forms (cell) WHERE cell <> ''");
        await conn.query('ALTER TABLE forms ADD CONSTRAINT forms_lexeme_positive CHECK (lexeme_id > 0)');
        await conn.query('ALTER TABLE forms ADD CONSTRAINT forms_row_key UNIQUE (lexeme_id, pattern_id, cell, form)');
        await conn.query('CREATE FUNCTION forms_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$');
        await conn.query('CREATE TRIGGER forms_noop AFTER INSERT ON forms FOR EACH STATEMENT EXECUTE FUNCTION forms_noop()');
        await conn.query('GRANT SELECT ON forms TO PUBLIC');
        await conn.query('ALTER TABLE forms ALTER COLUMN cell SET STATISTICS 55');
        await conn.query('CREATE INDEX forms_cell_length_idx ON forms (lexeme_id, length(cell))');
        await conn.query('ALTER INDEX forms_cell_length_idx ALTER COLUMN 2 SET STATISTICS 7');
        await conn.query("INSERT INTO lexemes (id, lemma) VALUES (1, 'new'), (2, 'news')");
        await conn.query("INSERT INTO forms VALUES (1, 1, 'N;SG', 'old')");
        return (await conn.query<{ item: string }>(CATALOG_SQL)).rows.map((row) => row.item);
      });
      expect(catalog).toEqual(expect.arrayContaining(['index forms_cell_idx: btree (cell) WHERE (cell <> \'\'::text)', 'trigger forms_noop: CREATE TRIGGER forms_noop AFTER INSERT ON forms FOR EACH STATEMENT EXECUTE FUNCTION forms_noop()', 'grant PUBLIC: SELECT']));
      // The migrations' targets (a sample of 3,000 rows), and the ones set above.
      expect(catalog.filter((item) => item.startsWith('statistics '))).toEqual([
        'statistics forms.analysis: 10',
        'statistics forms.cell: 55',
        'statistics forms.form: 10',
        'statistics forms.lexeme_id: 10',
        'statistics forms.pattern_id: 10',
        'statistics forms.position: 10',
        'statistics forms_cell_length_idx.length: 7',
        'statistics forms_form_key_idx.left: 10',
      ]);

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

    it("is analysed with the statistics targets of the table it replaced, its form key's too", async () => {
      // 2,000 distinct forms: a histogram of 11 bounds at target 10, of 101 at the default 100.
      const rows = Array.from({ length: 2000 }, (_, i) => `${i + 1}\t1\tN;SG\tform${String(i).padStart(4, '0')}\t0\t\\N\n`);
      const bounds = await withConnection(db, async (conn) => {
        await conn.transaction(async (tx) => {
          const definition = await createNextForms(tx);
          await tx.copyFrom(copyNextFormsSql(true), rows);
          await indexNextForms(tx, definition);
          await swapInNextForms(tx, definition, [], []);
        });
        return (
          await conn.query<{ relation: string; bounds: number }>(
            "SELECT tablename AS relation, array_length(histogram_bounds, 1) AS bounds FROM pg_stats WHERE tablename IN ('forms', 'forms_form_key_idx') AND attname IN ('form', 'left') ORDER BY 1",
          )
        ).rows;
      });
      expect(bounds).toEqual([
        { relation: 'forms', bounds: 11 },
        { relation: 'forms_form_key_idx', bounds: 11 },
      ]);
    });
  });
}
