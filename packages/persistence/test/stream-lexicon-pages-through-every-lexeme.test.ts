import { BEFORE_FIRST_LEXEME_ID, type Connection, type Database, replaceLexicon, streamLexicon, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { collectPages as collect } from './support/collect-pages';
import { lexemes, PATTERNS } from './support/lexicon';

const LEXEMES = lexemes(1003);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: streamLexicon reads every lexeme through one cursor of the caller's transaction, page by page`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: LEXEMES });
    });
    afterAll(() => db.close());

    const inTransaction = <T>(fn: (tx: Connection) => Promise<T>) => withConnection(db, (conn) => conn.transaction(fn));

    it('every lexeme once, in id order, with its patterns in position order, in full pages then the rest', async () => {
      const { sizes, all } = await inTransaction((tx) => collect(streamLexicon(tx, 100)));
      expect(sizes).toEqual([...Array(10).fill(100), 3]);
      expect(all).toEqual(LEXEMES);
    });

    it('a page size that divides the count ends without an empty page; the cursor is closed, so the same transaction can read again', async () => {
      const sizes = await inTransaction(async (tx) => [(await collect(streamLexicon(tx, 1003))).sizes, (await collect(streamLexicon(tx, 2000))).sizes]);
      expect(sizes).toEqual([[1003], [1003]]);
    });

    it('a caller that stops early leaves the cursor closed', async () => {
      const ids = await inTransaction(async (tx) => {
        for await (const page of streamLexicon(tx, 10)) if (page[0]!.id === 1) break;
        return (await collect(streamLexicon(tx, 600))).all.map((lexeme) => lexeme.id);
      });
      expect(ids).toEqual(LEXEMES.map((lexeme) => lexeme.id));
    });

    it('a range reads exactly the lexemes with after < id <= last', async () => {
      const { sizes, all } = await inTransaction((tx) => collect(streamLexicon(tx, 40, { after: 900, last: 1000 })));
      expect(sizes).toEqual([40, 40, 20]);
      expect(all).toEqual(LEXEMES.slice(900, 1000));
      expect((await inTransaction((tx) => collect(streamLexicon(tx, 2, { after: BEFORE_FIRST_LEXEME_ID, last: 3 })))).all).toEqual(LEXEMES.slice(0, 3));
    });

    it('rejects a page size that is not a positive integer', async () => {
      await expect(inTransaction((tx) => collect(streamLexicon(tx, 0)))).rejects.toThrow('streamLexicon: batchSize must be a positive integer, got 0');
    });
  });
}
