import { type Database, findForm, formsWithPrefix, getWriter, replaceFormsInTransaction, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { findFormQuery, FORM_KEY_LENGTH, formsWithPrefixQuery } from '../src/readers/form-key';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

// Long forms of 4-byte UTF-8 letters (Gothic 𐌰𐌱) are the worst case for an index key; the short twin
// shares the long form's first FORM_KEY_LENGTH characters, so a lookup must also compare whole forms.
const gothic = (letters: number): string => '𐌰𐌱'.repeat(Math.ceil(letters / 2)).slice(0, 2 * letters);
const LONG_3000 = `${gothic(2999)}x`;
const LONG_100K = `${gothic(99_999)}y`;
const TWIN = `${gothic(FORM_KEY_LENGTH)}z`;
// Failures print forms by length and last letter, not 100,000 letters.
const shape = (form: string): string => `${Array.from(form).length} letters ending ${form.slice(-1)}`;
const shapeRows = (rows: readonly FormRow[]): string[] => rows.map(([lexemeId, patternId, cell, form]) => `${lexemeId} ${patternId} ${cell} ${shape(form)}`);
const ROWS: FormRow[] = [
  [1, 1, 'N;SG', LONG_3000],
  [1, 1, 'N;PL', 'short'],
  [2, 1, 'N;SG', LONG_100K],
  [3, 2, 'N;SG', TWIN],
];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a form of any length is stored and found by surface`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    for (const name of WRITER_NAMES) {
      it(`${name} writes 3,000- and 100,000-letter forms that read back whole and are found exactly`, async () => {
        await withConnection(db, (conn) => conn.query('DELETE FROM forms'));
        expect(await replaceFormsInTransaction(db, [1, 2, 3], rowsOf(getWriter(name), ROWS))).toBe(ROWS.length);
        const stored = await readForms(db);
        expect(shapeRows(stored)).toEqual(['1 1 N;PL 5 letters ending t', '1 1 N;SG 3000 letters ending x', '2 1 N;SG 100000 letters ending y', '3 2 N;SG 513 letters ending z']);
        expect(sortRows(ROWS).map((row, i) => row[3] === stored[i]![3])).toEqual([true, true, true, true]);
        expect(await findForm(db, LONG_3000)).toEqual([{ lexemeId: 1, patternId: 1, cell: 'N;SG' }]);
        expect(await findForm(db, LONG_100K)).toEqual([{ lexemeId: 2, patternId: 1, cell: 'N;SG' }]);
        expect(await findForm(db, TWIN)).toEqual([{ lexemeId: 3, patternId: 2, cell: 'N;SG' }]);
        expect(await findForm(db, `${gothic(FORM_KEY_LENGTH)}q`)).toEqual([]);
      });
    }

    it('finds forms by prefix, shorter or longer than the index key', async () => {
      expect(await formsWithPrefix(db, 'sho', 10)).toEqual(['short']);
      // Byte order: x and z (one byte) sort before a Gothic letter (four).
      expect((await formsWithPrefix(db, gothic(4), 10)).map(shape)).toEqual(['513 letters ending z', '3000 letters ending x', '100000 letters ending y']);
      expect((await formsWithPrefix(db, gothic(FORM_KEY_LENGTH + 1), 10)).map(shape)).toEqual(['3000 letters ending x', '100000 letters ending y']);
      expect(await formsWithPrefix(db, '', 1)).toEqual(['short']);
    });

    it('looks forms up through the index', async () => {
      const plans = await withConnection(db, (conn) =>
        conn.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          const explain = async (text: string, values: unknown[]) => JSON.stringify((await tx.query(`EXPLAIN (FORMAT JSON) ${text}`, values)).rows);
          const exact = findFormQuery(LONG_3000);
          const prefix = formsWithPrefixQuery('sho', 10);
          return [await explain(exact.text, [...exact.values]), await explain(prefix.text, [...prefix.values])];
        }),
      );
      expect(plans.map((plan) => plan.includes('"Index Name":"forms_form_key_idx"'))).toEqual([true, true]);
    });
  });
}
