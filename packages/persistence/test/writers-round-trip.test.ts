import { type Database, getWriter, replaceFormsInTransaction, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

// Every character COPY text format must escape, and scripts outside Latin-1.
const TRICKY: FormRow[] = [
  [1, 1, 'N;SG', 'tab\there'],
  [1, 1, 'N;PL', 'new\nline'],
  [1, 2, 'V;PST', 'carriage\rreturn'],
  [1, 2, 'V;PRS', 'back\\slash \\N \\t'],
  [2, 3, 'N;DEF', 'الكِتَابُ'],
  [2, 3, 'N;IND', 'किताबें'],
  [2, 4, 'N;GEN;PL', 'книг'],
  [2, 4, 'N;ACC', 'e\u0301a\u0308o\u0302'],
  [3, 5, '', 'x'],
  [3, 5, 'tab\tin;cell', '\t\n\r\\'],
];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: every writer stores text exactly as given`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    for (const name of WRITER_NAMES) {
      it(`${name} round-trips tab, newline, CR, backslash, Arabic, Devanagari, Cyrillic and combining marks`, async () => {
        expect(await replaceFormsInTransaction(db, [1, 2, 3], rowsOf(getWriter(name), TRICKY))).toBe(TRICKY.length);
        expect(await readForms(db)).toEqual(sortRows(TRICKY));
      });
    }
  });
}
