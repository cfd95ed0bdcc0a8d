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
        `lexicon: imported cross-product.aff + cross-product.dic (hunspell) into ${db.description}: 5 patterns, 1 lexeme, 5 lexeme-pattern links.\n` +
          `The forms table is empty now. Generate the forms (with the same DATABASE_URL or PARADIGM_DATA_DIR, if you set one):\n  ${RECOMPUTE_COMMAND}\n`,
      );
      const patterns = await readPatterns(db);
      expect(patterns.map((p) => p.name)).toEqual(['word', 'pfx:U', 'pfx:R', 'sfx:S', 'sfx:D']);
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => [l.lemma, l.patterns])).toEqual([['do', [1, 2, 3, 4, 5]]]);
      const stored = [...expandHunspell({ format: 'hunspell', source: 'db', patterns, lexemes, outputConversion: [], inputConversion: { table: [], entryChars: '', affixes: { prefixes: [], suffixes: [] } }, ignoredFlags: [], forbiddenWords: [], forbiddenHomonyms: [], warnings: [] })];
      expect(stored).toEqual(['do', 'undo', 'redo', 'dos', 'undos', 'doed']);
    });

    it('leaves the stored lexicon alone when the files have errors (--strict: an undefined flag)', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', aff, join(FIXTURES, 'flag-long.dic'), '--strict'], io)).toBe(1);
      expect((await readPatterns(db)).length).toBe(5);
    });

    it('stores both classes of a flag that names a PFX and an SFX class, linked to the entries with the flag', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(FIXTURES, 'shared-flag.aff'), join(FIXTURES, 'shared-flag.dic')], io)).toBe(0);
      const patterns = await readPatterns(db);
      expect(patterns.map((p) => p.name)).toEqual(['word', 'sfx:e', 'sfx:n', 'pfx:e', 'pfx:n', 'sfx:c', 'sfx:e:2', 'pfx:e:2', 'sfx:e:2:e']);
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => [l.lemma, l.patterns])).toEqual([['dulce', [1, 2, 4]], ['cald', [1, 3, 5]], ['verde', [1, 6]]]);
      const stored = [...expandHunspell({ format: 'hunspell', source: 'db', patterns, lexemes, outputConversion: [], inputConversion: { table: [], entryChars: '', affixes: { prefixes: [], suffixes: [] } }, ignoredFlags: [], forbiddenWords: [], forbiddenHomonyms: [], warnings: [] })];
      expect(stored).toEqual(['dulce', 'dulcele', 'nedulcele', 'nedulce', 'cald', 'caldul', 'recald', 'verde', 'verdes', 'verdesle']);
    });

    it('prints the warning of an odd FLAG long field, naming file and line, and imports what libhunspell reads', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(FIXTURES, 'flag-long-odd.aff'), join(FIXTURES, 'flag-long-odd.dic')], io)).toBe(0);
      expect(io.err().split('\n').filter((line) => line.startsWith('lexicon: warning:'))).toEqual(
        [
          [2, '/ab.example', 'e'],
          [3, 'SsUnX', 'X'],
          [4, 'Ssx', 'x'],
          [5, 'S', 'S'],
        ].map(
          ([line, field, last]) =>
            `lexicon: warning: flag-long-odd.dic:${line}: flag field "${field}" has an odd number of characters but "FLAG long" needs two per flag; libhunspell reads it without its last character "${last}"; write two characters per flag`,
        ),
      );
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => l.lemma)).toEqual(['# https:', 'lock', 'walk', 'talk']);
    });
  });
}
