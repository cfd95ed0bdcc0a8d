import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLexemes, type Database, readPatterns } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { withoutTimings } from './support/recompute';

const DIX = join(__dirname, '../../lexicon/test/fixtures/small.dix');
const HUNSPELL = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm import replaces only an empty lexicon, unless --replace`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('imports an Apertium dictionary into an empty lexicon and computes its forms', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', DIX, '--progress', 'none'], io)).toBe(0);
      expect(withoutTimings(io.err())).toBe(
        `paradigm: imported ${DIX} (apertium) into ${db.description}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
          `paradigm: import: 3 lexemes, 11 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 20000, concurrency 1; ${db.description}\n`,
      );
    });

    it('refuses to replace it without --replace, leaving it as it was', async () => {
      const before = await readPatterns(db);
      const lexemes = await countLexemes(db);
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(HUNSPELL, 'cross-product.aff'), join(HUNSPELL, 'cross-product.dic'), '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: the lexicon in ${db.description} holds ${lexemes} lexemes and importing replaces all of them; add --replace to do that, or import into another database (--data-dir DIR or DATABASE_URL)\n`,
      );
      expect(await readPatterns(db)).toEqual(before);
    });

    it('refuses, even with --replace, a dictionary of no lexemes, which would empty it', async () => {
      const before = await readPatterns(db);
      const lexemes = await countLexemes(db);
      const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-empty-'));
      try {
        const empty = join(dir, 'empty.dix');
        writeFileSync(empty, '<dictionary><pardefs/><section id="main" type="standard"></section></dictionary>\n');
        const io = capture(db);
        expect(await main(['import', 'apertium', empty, '--replace', '--progress', 'none'], io)).toBe(1);
        expect(io.err()).toBe(
          `paradigm: ${empty} gives no lexemes, and importing it would empty the lexicon in ${db.description} (${lexemes} lexemes); nothing was changed. Check that this is the dictionary you meant\n`,
        );
        expect(await readPatterns(db)).toEqual(before);
        expect(await countLexemes(db)).toBe(lexemes);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('replaces it with --replace', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(HUNSPELL, 'cross-product.aff'), join(HUNSPELL, 'cross-product.dic'), '--replace', '--no-recompute'], io)).toBe(0);
      expect((await readPatterns(db)).map((p) => p.name)).toEqual(['word', 'pfx:U', 'pfx:R', 'sfx:S', 'sfx:D']);
    });
  });
}
