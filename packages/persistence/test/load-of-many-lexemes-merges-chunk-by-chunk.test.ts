import { type Database, loadLexicon, type NamedLexeme, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

const PATTERNS = [
  { name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' },
  { name: 'verb', source: 'pattern verb\nrule => V;INF\n' },
];

/** Lexemes `from`..`to`, in id order, as a generator: the load reads its input once, a chunk at a time. */
function* lexemes(from: number, to: number, edit: (id: number) => Partial<NamedLexeme> = () => ({})): Generator<NamedLexeme> {
  for (let id = from; id <= to; id++) yield { id, lemma: `w${id}`, patterns: ['noun'], ...edit(id) };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a load of more lexemes than one chunk merges each by its id`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('adds, changes, relinks and keeps across chunk boundaries, as one load of them all would', async () => {
      const first = await loadLexicon(db, { patterns: PATTERNS, lexemes: lexemes(1, 15_000) });
      expect(first.lexemes).toEqual({ added: 15_000, changed: 0, unchanged: 0 });
      // 5,001-10,000 as they are; of 10,001-15,000 the even get a new lemma and those divisible by 3 a
      // new pattern list (both for 6k); 15,001-25,000 new; 1-5,000 left out.
      const edit = (id: number): Partial<NamedLexeme> => ({
        ...(id > 10_000 && id <= 15_000 && id % 2 === 0 ? { lemma: `v${id}` } : {}),
        ...(id > 10_000 && id <= 15_000 && id % 3 === 0 ? { patterns: ['verb', 'noun'] } : {}),
      });
      const second = await loadLexicon(db, { patterns: [], lexemes: lexemes(5_001, 25_000, edit) });
      let touched = 0;
      for (let id = 10_001; id <= 15_000; id++) if (id % 2 === 0 || id % 3 === 0) touched++;
      expect(second).toEqual({ replaced: false, patterns: { added: 0, changed: 0, unchanged: 0 }, lexemes: { added: 10_000, changed: touched, unchanged: 5_000 - touched + 5_000 }, kept: 5_000 });
      const stored = new Map<number, { lemma: string; patterns: readonly number[] }>();
      for await (const batch of streamLexemes(db, { batchSize: 5_000 })) for (const lexeme of batch) stored.set(lexeme.id, lexeme);
      expect(stored.size).toBe(25_000);
      const wanted = (id: number) => ({ lemma: id > 10_000 && id <= 15_000 && id % 2 === 0 ? `v${id}` : `w${id}`, patterns: id > 10_000 && id <= 15_000 && id % 3 === 0 ? [2, 1] : [1] });
      const wrong = [...stored].filter(([id, lexeme]) => JSON.stringify({ lemma: lexeme.lemma, patterns: lexeme.patterns }) !== JSON.stringify(wanted(id)));
      expect(wrong).toEqual([]);
    });
  });
}
