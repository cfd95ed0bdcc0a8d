import { type Database, getWriter, replaceFormsInTransaction, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

const OLD: FormRow[] = [
  [1, 1, 'N;SG', 'old1'],
  [1, 1, 'N;PL', 'old1s'],
  [2, 1, 'N;SG', 'old2'],
  [3, 1, 'N;SG', 'old3'],
];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: replacing a batch's forms removes all of their old forms and only theirs`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it.each(WRITER_NAMES)('%s: lexemes 1 and 2 get new forms, 2 gets none, 3 is untouched', async (name) => {
      const writer = getWriter(name);
      await replaceFormsInTransaction(db, [1, 2, 3], rowsOf(writer, OLD));
      const fresh: FormRow[] = [
        [1, 2, 'V;INF', 'new1'],
        [1, 2, 'V;PST', 'new1d'],
      ];
      expect(await replaceFormsInTransaction(db, [2, 1], rowsOf(writer, fresh))).toBe(2);
      expect(await readForms(db)).toEqual(sortRows([...fresh, [3, 1, 'N;SG', 'old3']]));
    });
  });
}
