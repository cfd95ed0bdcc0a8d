import { type Database, replaceFormsInTransaction, getWriter, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { batchOf, type FormRow, readForms, sortRows } from './support/forms';

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
        await replaceFormsInTransaction(db, getWriter(name), [1, 2, 3], batchOf(TRICKY));
        expect(await readForms(db)).toEqual(sortRows(TRICKY));
      });

      it(`${name} stores the same rows filled into its own newRows()`, async () => {
        const writer = getWriter(name);
        const rows = writer.newRows();
        for (const [lexemeId, patternId, cell, surface] of TRICKY) rows.add(lexemeId, patternId, cell, surface);
        await withConnection(db, (conn) => conn.query('DELETE FROM forms'));
        expect(await replaceFormsInTransaction(db, writer, [1, 2, 3], rows)).toBe(TRICKY.length);
        expect(await readForms(db)).toEqual(sortRows(TRICKY));
      });
    }
  });
}

describe('a writer given rows another writer made', () => {
  it('names both instead of writing garbage', async () => {
    const rows = getWriter('copy').newRows();
    rows.add(1, 1, 'N', 'x');
    const tx = {} as Parameters<ReturnType<typeof getWriter>['write']>[0];
    await expect(getWriter('unnest').write(tx, rows)).rejects.toThrow("the unnest writer was given rows made by another writer (CopyRows); fill the rows its newRows() makes");
    expect(() => getWriter('copy').write(tx, getWriter('insert').newRows())).toThrow("the copy writer was given rows made by another writer (ColumnRows); fill the rows its newRows() makes");
  });
});
