import { type Database, getWriter, replaceFormsInTransaction } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

const LEXEMES = Array.from({ length: 200 }, (_, i) => i + 1);
const formsBy = (writer: string): FormRow[] => LEXEMES.flatMap((id) => [[id, 1, 'N;SG', `${writer}${id}`], [id, 1, 'N;PL', `${writer}${id}s`]] as FormRow[]);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: two writers replacing the same lexemes at once leave one complete set, no duplicates`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await replaceFormsInTransaction(db, LEXEMES, rowsOf(getWriter('copy'), formsBy('old')));
    });
    afterAll(() => db.close());

    it('20 rounds of two concurrent replaces, each round ends with exactly one writer\'s forms', async () => {
      for (let round = 0; round < 20; round += 1) {
        const a = formsBy(`a${round}-`);
        const b = formsBy(`b${round}-`);
        // Overlapping id lists in different orders: the sorted advisory locks must serialize, not deadlock.
        await Promise.all([
          replaceFormsInTransaction(db, LEXEMES, rowsOf(getWriter('copy'), a)),
          replaceFormsInTransaction(db, [...LEXEMES].reverse(), rowsOf(getWriter('unnest'), b)),
        ]);
        const table = await readForms(db);
        expect([sortRows(a), sortRows(b)]).toContainEqual(table);
      }
    });
  });
}
