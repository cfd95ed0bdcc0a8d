import { type Database, getWriter, replaceFormsInTransaction, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

// More rows than one INSERT statement may carry (16383), so the insert writer must split.
const ROWS: FormRow[] = Array.from({ length: 20000 }, (_, i) => [1 + (i % 500), 1 + (i % 7), `C${i % 13};X`, `f${i}\t${'é'.repeat(i % 3)}`]);
const LEXEMES = Array.from({ length: 500 }, (_, i) => i + 1);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the writers are interchangeable`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it.each(WRITER_NAMES)('%s writes the same 20000 rows and reports their count', async (name) => {
      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));
      expect(await replaceFormsInTransaction(db, LEXEMES, rowsOf(getWriter(name), ROWS))).toBe(ROWS.length);
      expect(await readForms(db)).toEqual(sortRows(ROWS));
    });

    it('unknown writer names are rejected with the valid ones listed', () => {
      expect(() => getWriter('bulk')).toThrow('Unknown form writer "bulk"; use one of: copy, unnest, insert.');
    });
  });
}
