import { type Connection, type Database, replaceLexicon, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { lexemes, PATTERNS } from './support/lexicon';

/** Every constraint on the lexicon's tables, by table and name, as the catalog prints it. */
async function constraints(conn: Connection) {
  const result = await conn.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint ` +
      `WHERE conrelid IN ('lexemes'::regclass, 'patterns'::regclass, 'lexeme_patterns'::regclass) ORDER BY 1, 2`,
  );
  return result.rows;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: replaceLexicon loads without checking each row's foreign keys and leaves them as they were`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('ends with the same constraints, still enforced, also after one the migrations do not make', async () => {
      await withConnection(db, (conn) =>
        conn.query('ALTER TABLE lexeme_patterns ADD CONSTRAINT lexeme_patterns_extra_pattern_fkey FOREIGN KEY (pattern_id) REFERENCES patterns(id) DEFERRABLE INITIALLY DEFERRED'),
      );
      const before = await withConnection(db, constraints);
      expect(before.filter((c) => c.definition.startsWith('FOREIGN KEY')).map((c) => c.name)).toEqual([
        'lexeme_patterns_extra_pattern_fkey',
        'lexeme_patterns_lexeme_id_fkey',
        'lexeme_patterns_pattern_id_fkey',
      ]);
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(300) }, { chunkLexemes: 100, skipTriggers: true });
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(200) }, { chunkLexemes: 100 });
      expect(await withConnection(db, constraints)).toEqual(before);
      await expect(withConnection(db, (conn) => conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (1, 99, 5)'))).rejects.toThrow(
        /violates foreign key constraint "lexeme_patterns_pattern_id_fkey"/,
      );
      await expect(withConnection(db, (conn) => conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (999, 1, 5)'))).rejects.toThrow(
        /violates foreign key constraint "lexeme_patterns_lexeme_id_fkey"/,
      );
      const links = await withConnection(db, async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexeme_patterns')).rows[0]!.n);
      expect(links).toBe(lexemes(200).reduce((n, l) => n + l.patterns.length, 0));
    });

    it('a failure after the keys were dropped leaves them in place', async () => {
      const before = await withConnection(db, constraints);
      await expect(replaceLexicon(db, { patterns: PATTERNS, lexemes: [{ id: 1, lemma: 'a', patterns: [1] }, { id: 1, lemma: 'twice', patterns: [1] }] })).rejects.toThrow(
        /lexemes_pkey/,
      );
      expect(await withConnection(db, constraints)).toEqual(before);
    });
  });
}
