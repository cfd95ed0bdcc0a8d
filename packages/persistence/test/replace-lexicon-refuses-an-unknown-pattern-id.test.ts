import { type Database, replaceLexicon, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { lexemes, PATTERNS } from './support/lexicon';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: replaceLexicon given a lexeme that takes a pattern id the lexicon does not have`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('names the lexeme and the id, and leaves the lexicon as it was, also when the lexeme is in a later chunk', async () => {
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(30) }, { skipTriggers: true });
      const before = await withConnection(db, (conn) => conn.query('SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM lexeme_patterns)::int AS links'));
      const bad = lexemes(250).map((lexeme) => (lexeme.id === 230 ? { ...lexeme, patterns: [...lexeme.patterns, 999] } : lexeme));
      await expect(replaceLexicon(db, { patterns: PATTERNS, lexemes: bad }, { chunkLexemes: 100 })).rejects.toThrow(
        `Lexeme 230 (${JSON.stringify(bad[229]!.lemma)}) takes pattern id 999, which is not among the lexicon's patterns; add the pattern or fix the lexeme.`,
      );
      const after = await withConnection(db, (conn) => conn.query('SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM lexeme_patterns)::int AS links'));
      expect(after.rows).toEqual(before.rows);
      expect(after.rows[0]!.lexemes).toBe(30);
    });
  });
}
