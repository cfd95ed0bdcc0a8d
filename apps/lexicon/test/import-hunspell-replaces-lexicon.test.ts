import { join } from 'node:path';
import { expandHunspell } from '@paradigm/lexicons';
import { type Database, readPatterns, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Lexeme } from '@paradigm/core';
import { main, RECOMPUTE_COMMAND } from '../src';
import { capture } from './support/capture';

const FIXTURES = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');
const aff = join(FIXTURES, 'cross-product.aff');
const dic = join(FIXTURES, 'cross-product.dic');

for (const dialect of TEST_DIALECTS) {
  describe(`lexicon import hunspell FILE.aff FILE.dic (${dialect})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('stores patterns and lexemes that regenerate the words and prints the recompute command', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', aff, dic], io)).toBe(0);
      expect(io.err()).toBe(
        `lexicon: imported cross-product.aff + cross-product.dic (hunspell) into ${db.description}: 5 patterns, 1 lexemes, 5 lexeme-pattern links.\n` +
          `The forms table is empty now. Generate the forms (with the same DATABASE_URL, if you set one):\n  ${RECOMPUTE_COMMAND}\n`,
      );
      const patterns = await readPatterns(db);
      expect(patterns.map((p) => p.name)).toEqual(['word', 'pfx:U', 'pfx:R', 'sfx:S', 'sfx:D']);
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => [l.lemma, l.patterns])).toEqual([['do', [1, 2, 3, 4, 5]]]);
      const stored = [...expandHunspell({ format: 'hunspell', source: 'db', patterns, lexemes, outputConversion: [], ignoredFlags: [], forbiddenWords: [], warnings: [] })];
      expect(stored).toEqual(['do', 'undo', 'redo', 'dos', 'undos', 'doed']);
    });

    it('leaves the stored lexicon alone when the files have errors (--strict: an undefined flag)', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', aff, join(FIXTURES, 'flag-long.dic'), '--strict'], io)).toBe(1);
      expect((await readPatterns(db)).length).toBe(5);
    });
  });
}
