import { join } from 'node:path';
import { countLexemes, type Database, readPatterns } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const DIX = join(__dirname, '../../lexicon/test/fixtures/small.dix');
const HUNSPELL = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm import replaces only an empty lexicon, unless --replace`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('imports an Apertium dictionary into an empty lexicon and says how to compute the forms', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', DIX], io)).toBe(0);
      expect(io.err()).toBe(
        `paradigm: imported ${DIX} (apertium) into ${db.description}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
          'The forms table is empty now; compute the forms with:\n  paradigm recompute --all\n',
      );
    });

    it('refuses to replace it without --replace, leaving it as it was', async () => {
      const before = await readPatterns(db);
      const lexemes = await countLexemes(db);
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(HUNSPELL, 'cross-product.aff'), join(HUNSPELL, 'cross-product.dic')], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: the lexicon in ${db.description} holds ${lexemes} lexemes and importing replaces all of them; add --replace to do that, or import into another database (--data-dir DIR or DATABASE_URL)\n`,
      );
      expect(await readPatterns(db)).toEqual(before);
    });

    it('replaces it with --replace', async () => {
      const io = capture(db);
      expect(await main(['import', 'hunspell', join(HUNSPELL, 'cross-product.aff'), join(HUNSPELL, 'cross-product.dic'), '--replace'], io)).toBe(0);
      expect((await readPatterns(db)).map((p) => p.name)).toEqual(['word', 'pfx:U', 'pfx:R', 'sfx:S', 'sfx:D']);
    });
  });
}
