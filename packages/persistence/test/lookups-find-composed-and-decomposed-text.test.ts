import { analyseForm, analyseFormQuery, type Database, generateForms, loadLexicon, readParadigm } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { planWithoutSeqScan, recomputeAll } from './support/lookups';

const NFD_CAFE = 'cafe\u0301';
const NFC_CAFE = 'caf\u00e9';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a lookup finds a lemma or a form whether it is asked for composed (NFC) or decomposed (NFD)`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await loadLexicon(db, {
        patterns: [{ name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' }],
        // Stored as loaded: decomposed.
        lexemes: [{ id: 1, lemma: NFD_CAFE, patterns: ['noun'] }],
      });
      await recomputeAll(db);
    });
    afterAll(() => db.close());

    it('show and generate find a decomposed lemma asked for either way', async () => {
      for (const key of [NFC_CAFE, NFD_CAFE]) {
        expect((await readParadigm(db, key)).map((p) => [p.id, p.lemma, p.forms.map((f) => f.form)])).toEqual([[1, NFD_CAFE, [NFC_CAFE, `${NFC_CAFE}s`]]]);
        expect((await generateForms(db, key, 'N;PL')).map((f) => [f.lexemeId, f.form])).toEqual([[1, `${NFC_CAFE}s`]]);
      }
    });

    it('analyse finds the composed forms asked for either way, exactly or ignoring case', async () => {
      for (const word of [`${NFC_CAFE}s`, `${NFD_CAFE}s`]) {
        expect((await analyseForm(db, word)).map((a) => [a.form, a.lexemeId, a.cell])).toEqual([[`${NFC_CAFE}s`, 1, 'N;PL']]);
        expect((await analyseForm(db, word.toUpperCase(), { ignoreCase: true })).map((a) => [a.form, a.cell])).toEqual([[`${NFC_CAFE}s`, 'N;PL']]);
      }
      expect(await analyseForm(db, 'cafes')).toEqual([]);
    });

    it('still reads the forms index for each spelling', async () => {
      const query = analyseFormQuery(`${NFD_CAFE}s`);
      expect(query.values).toEqual([`${NFD_CAFE}s`, `${NFC_CAFE}s`]);
      const plan = await planWithoutSeqScan(db, query);
      expect(plan).toContain('forms_form_key_idx');
    });
  });
}
