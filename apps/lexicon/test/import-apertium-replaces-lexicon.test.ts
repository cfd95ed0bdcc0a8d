import { join } from 'node:path';
import { expandApertium } from '@paradigm/lexicons';
import { type Database, readPatterns, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Lexeme } from '@paradigm/core';
import { main, RECOMPUTE_COMMAND } from '../src';
import { capture } from './support/capture';

const file = join(__dirname, 'fixtures', 'small.dix');

for (const dialect of TEST_DIALECTS) {
  describe(`lexicon import apertium FILE.dix (${dialect})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('stores patterns and lexemes that regenerate the dictionary, empties forms and prints the recompute command', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', file], io)).toBe(0);
      expect(io.err()).toBe(
        `lexicon: imported ${file} (apertium) into ${db.description}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
          `The forms table is empty now. Generate the forms (with the same DATABASE_URL, if you set one):\n  ${RECOMPUTE_COMMAND}\n`,
      );
      const patterns = await readPatterns(db);
      expect(patterns.map((p) => p.name)).toEqual(['case', 'house__n', 'house__n:LR', 'house__n:both:LR', 'entry:adv']);
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => [l.lemma, l.stem, l.gloss, l.patterns])).toEqual([
        ['house', 'house', 'house', [2]],
        ['ox', 'ox', 'ox', [3, 4]],
        ['soon', 'soon', 'soon', [5]],
      ]);
      const stored = [...expandApertium({ format: 'apertium', source: 'db', patterns, lexemes })];
      expect(stored.join('\n')).toBe((await expandFile()).trimEnd());
      const { rows } = await db.acquire().then(async (conn) => {
        try {
          return await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms');
        } finally {
          conn.release();
        }
      });
      expect(rows[0].n).toBe(0);
    });

    it('leaves the stored lexicon alone when the file has errors', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', join(__dirname, 'fixtures', 'undefined-pardef.dix')], io)).toBe(1);
      expect((await readPatterns(db)).length).toBe(5);
    });
  });
}

async function expandFile(): Promise<string> {
  const io = capture();
  await main(['expand', 'apertium', file], io);
  return io.out();
}
