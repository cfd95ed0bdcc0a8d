import type { Lexeme } from '@paradigm/core';
import { syntheticLexicon } from '@paradigm/lexicons';
import { countLexemes, type Database, readPatterns, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

async function storedLexemes(db: Database): Promise<Lexeme[]> {
  const out: Lexeme[] = [];
  for await (const batch of streamLexemes(db, { batchSize: 100 })) out.push(...batch);
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm seed loads the synthetic lexicon, and replaces a non-empty one only with --replace`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('seeds an empty lexicon with exactly the synthetic lexicon and queues every lexeme', async () => {
      const io = capture(db);
      expect(await main(['seed', '--lexemes', '30', '--patterns-per-lexeme', '3', '--seed', '2'], io)).toBe(0);
      expect(io.err()).toBe(
        `paradigm: seeded synthetic l30-p3-s2 into ${db.description}: 46 patterns, 30 lexemes\n` +
          '  queued for recompute: 30 lexemes, 46 pattern changes; compute their forms with:\n    paradigm run\n',
      );
      const expected = syntheticLexicon({ lexemes: 30, patternsPerLexeme: 3, seed: 2 });
      expect(await readPatterns(db)).toEqual(expected.patterns);
      expect(await storedLexemes(db)).toEqual([...expected.lexemes]);
    });

    it('refuses a lexicon that is not empty without --replace, leaving it as it was', async () => {
      const before = await storedLexemes(db);
      const io = capture(db);
      expect(await main(['seed', '--lexemes', '10'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: the lexicon in ${db.description} holds 30 lexemes and seeding replaces all of them; add --replace to do that, or seed another database (--data-dir DIR or DATABASE_URL)\n`,
      );
      expect(await storedLexemes(db)).toEqual(before);
    });

    it('replaces it with --replace', async () => {
      const io = capture(db);
      expect(await main(['seed', '--lexemes', '12', '--patterns-per-lexeme', '2', '--seed', '5', '--replace'], io)).toBe(0);
      const expected = syntheticLexicon({ lexemes: 12, patternsPerLexeme: 2, seed: 5 });
      expect((await readPatterns(db)).map((p) => [p.name, p.source])).toEqual(expected.patterns.map((p) => [p.name, p.source]));
      expect((await storedLexemes(db)).map((l) => [l.id, l.lemma, l.root])).toEqual([...expected.lexemes].map((l) => [l.id, l.lemma, l.root]));
      expect(await countLexemes(db)).toBe(12);
      // The first seed's queue was not drained, but the replace empties the forms and forgets the queued
      // lexemes 13..30, which are gone: only the new lexemes are queued.
      expect(io.err()).toBe(
        `paradigm: seeded synthetic l12-p2-s5 into ${db.description}: 46 patterns, 12 lexemes\n` +
          '  queued for recompute: 12 lexemes, 46 pattern changes; compute their forms with:\n    paradigm run\n',
      );
    });

    it('names a flag that is not a whole number in range and exits 2, loading nothing', async () => {
      const io = capture(db);
      expect(await main(['seed', '--lexemes', '0', '--replace'], io)).toBe(2);
      expect(io.err()).toBe('paradigm: --lexemes must be an integer >= 1, got 0\n');
      const words = capture(db);
      expect(await main(['seed', '--seed', 'x'], words)).toBe(2);
      expect(words.err()).toBe("paradigm: option '--seed <s>' argument 'x' is invalid. expects a whole number.\n(add --help for usage)\n");
      expect(await countLexemes(db)).toBe(12);
    });
  });
}
