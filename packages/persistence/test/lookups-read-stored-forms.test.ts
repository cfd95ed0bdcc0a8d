import { analyseForm, analyseFormQuery, type Database, generateForms, lexiconStatus, loadLexicon, readParadigm, recordFailures, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { planWithoutSeqScan, recomputeAll } from './support/lookups';

const PATTERNS = [
  { name: 'noun', source: 'pattern noun\nrule gloss +"<n><sg>" => N;SG\nrule suffix +s gloss +"<n><pl>" => N;PL\n' },
  { name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ed => V;PST\nrule suffix +s => V;PRS;3SG\n' },
];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: lookups read the stored forms in the author's order`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await loadLexicon(db, {
        patterns: PATTERNS,
        lexemes: [
          { id: 1, lemma: 'walk', patterns: ['verb', 'noun'] },
          { id: 2, lemma: 'walk', gloss: 'stroll', patterns: ['noun'] },
          { id: 3, lemma: 'Walks', patterns: ['noun'] },
        ],
      });
      await recomputeAll(db);
    });
    afterAll(() => db.close());

    it('reads a paradigm by id: patterns in the lexeme order, forms in rule order, analyses filled in', async () => {
      expect(await readParadigm(db, '1')).toEqual([
        {
          id: 1, lemma: 'walk', stem: null, root: null, gloss: null, patterns: ['verb', 'noun'], queued: false, failure: null,
          forms: [
            { pattern: 'verb', cell: 'V;INF', form: 'walk', analysis: 'walk' },
            { pattern: 'verb', cell: 'V;PST', form: 'walked', analysis: 'walk' },
            { pattern: 'verb', cell: 'V;PRS;3SG', form: 'walks', analysis: 'walk' },
            { pattern: 'noun', cell: 'N;SG', form: 'walk', analysis: 'walk<n><sg>' },
            { pattern: 'noun', cell: 'N;PL', form: 'walks', analysis: 'walk<n><pl>' },
          ],
        },
      ]);
    });

    it('reads every lexeme with a lemma, and says when one is queued or failed', async () => {
      await loadLexicon(db, { patterns: [], lexemes: [{ id: 2, lemma: 'walk', gloss: 'amble', patterns: ['noun'] }] });
      await withConnection(db, async (conn) => {
        const failure = recordFailures([1], ['pattern "verb" broke']);
        await conn.query(failure.text, failure.values);
      });
      const paradigms = await readParadigm(db, 'walk');
      expect(paradigms.map((p) => [p.id, p.queued, p.failure, p.forms.length])).toEqual([
        [1, false, 'pattern "verb" broke', 5],
        [2, true, null, 2],
      ]);
      expect(await readParadigm(db, 'run')).toEqual([]);
    });

    it('analyses a form exactly, or ignoring case', async () => {
      expect(await analyseForm(db, 'walks')).toEqual([
        { form: 'walks', lexemeId: 1, lemma: 'walk', cell: 'V;PRS;3SG', pattern: 'verb', analysis: 'walk' },
        { form: 'walks', lexemeId: 1, lemma: 'walk', cell: 'N;PL', pattern: 'noun', analysis: 'walk<n><pl>' },
        { form: 'walks', lexemeId: 2, lemma: 'walk', cell: 'N;PL', pattern: 'noun', analysis: 'stroll<n><pl>' },
      ]);
      expect((await analyseForm(db, 'WALKS', { ignoreCase: true })).map((a) => `${a.form} ${a.lexemeId} ${a.cell}`)).toEqual([
        'walks 1 V;PRS;3SG', 'walks 1 N;PL', 'walks 2 N;PL', 'Walks 3 N;SG',
      ]);
      expect(await analyseForm(db, 'WALKS')).toEqual([]);
    });

    it('looks a form up through the forms index (the same query text the index is built on)', async () => {
      const query = analyseFormQuery('walks');
      const plan = await planWithoutSeqScan(db, query);
      expect(plan).toContain('forms_form_key_idx');
    });

    it('generates the forms of one cell of a lemma', async () => {
      expect(await generateForms(db, 'walk', 'N;PL')).toEqual([
        { lexemeId: 1, lemma: 'walk', pattern: 'noun', form: 'walks', analysis: 'walk<n><pl>' },
        { lexemeId: 2, lemma: 'walk', pattern: 'noun', form: 'walks', analysis: 'stroll<n><pl>' },
      ]);
      expect(await generateForms(db, 'walk', 'N;DU')).toEqual([]);
    });

    it('reports counts, the queue and failures with their reasons', async () => {
      expect(await lexiconStatus(db)).toEqual({
        lexemes: 3, patterns: 2, forms: 9, queuedLexemes: 1, queuedPatterns: 0, failed: 1, formLimit: 100000, formsGeneration: null,
        failures: [{ lexemeId: 1, lemma: 'walk', reason: 'pattern "verb" broke' }], rebuild: null,
      });
    });
  });
}
