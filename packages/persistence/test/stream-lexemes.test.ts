import { countLexemes, type Database, readPatterns, replaceLexicon, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { collectPages as collect } from './support/collect-pages';
import { lexemes, PATTERNS } from './support/lexicon';

const LEXEMES = lexemes(1003);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: readers page through lexemes exactly, with their patterns in order`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: LEXEMES });
    });
    afterAll(() => db.close());

    it('every lexeme exactly once, in id order, in full batches then the rest', async () => {
      const { sizes, all } = await collect(streamLexemes(db, { batchSize: 100 }));
      expect(sizes).toEqual([...Array(10).fill(100), 3]);
      expect(all).toEqual(LEXEMES);
    });

    it('a batch size that divides the count ends without an empty batch', async () => {
      const { sizes } = await collect(streamLexemes(db, { batchSize: 1003 }));
      expect(sizes).toEqual([1003]);
    });

    it('limit, afterId and ids select exactly what they say', async () => {
      expect((await collect(streamLexemes(db, { batchSize: 40, limit: 90 }))).sizes).toEqual([40, 40, 10]);
      expect((await collect(streamLexemes(db, { batchSize: 40, limit: 90 }))).all).toEqual(LEXEMES.slice(0, 90));
      expect((await collect(streamLexemes(db, { batchSize: 500, afterId: 1000 }))).all).toEqual(LEXEMES.slice(1000));
      const ids = [999, 5, 77, 5000, 6];
      const picked = await collect(streamLexemes(db, { batchSize: 2, ids }));
      expect(picked.sizes).toEqual([2, 2]);
      expect(picked.all.map((l) => l.id)).toEqual([5, 6, 77, 999]);
    });

    it('readPatterns and countLexemes', async () => {
      expect(await readPatterns(db)).toEqual(PATTERNS);
      expect(await countLexemes(db)).toBe(1003);
    });

    it('rejects a batch size that is not a positive integer', async () => {
      await expect(collect(streamLexemes(db, { batchSize: 0 }))).rejects.toThrow('streamLexemes: batchSize must be a positive integer, got 0');
    });
  });
}
