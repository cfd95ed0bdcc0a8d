import { type Database, loadLexicon, migrateToLatest, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { migrateDownTo } from '../src/migrations/migrations';

const NOUN = { name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' };
const VERB = { name: 'verb', source: 'pattern verb\nrule => V;INF\n' };

function links(db: Database): Promise<string[]> {
  return withConnection(db, async (conn) =>
    (await conn.query<{ link: string }>("SELECT lexeme_id || ':' || pattern_id || '@' || position AS link FROM lexeme_patterns ORDER BY lexeme_id, position")).rows.map((r) => r.link),
  );
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a lexeme takes each pattern at most once (twice would store each form twice)`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('loadLexicon refuses a repeated pattern, merging or replacing, and writes nothing', async () => {
      await loadLexicon(db, { patterns: [NOUN, VERB], lexemes: [{ id: 1, lemma: 'dog', patterns: ['noun'] }] });
      const twice = { patterns: [], lexemes: [{ id: 2, lemma: 'walk', patterns: ['verb', 'noun', 'verb'] }] };
      await expect(loadLexicon(db, twice)).rejects.toThrow('lexeme 2 takes pattern "verb" twice; list each pattern once');
      await expect(loadLexicon(db, { ...twice, patterns: [NOUN, VERB] }, { replace: true })).rejects.toThrow('lexeme 2 takes pattern "verb" twice; list each pattern once');
      expect(await links(db)).toEqual(['1:1@0']);
    });

    it('the database refuses a second link of a lexeme to a pattern, whoever writes it', async () => {
      await expect(withConnection(db, (conn) => conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (1, 1, 1)'))).rejects.toThrow(
        /duplicate key value violates unique constraint "lexeme_patterns_lexeme_pattern_key"/,
      );
    });

    it('the migration removes the repeated links of an older database, keeping the first, and queues their lexemes', async () => {
      expect(await migrateDownTo(db, '0012-forms-statistics-sample')).toEqual({ applied: ['0015-forms-generation', '0014-form-limit', '0013-lexeme-pattern-once'] });
      await withConnection(db, async (conn) => {
        await conn.query('INSERT INTO lexemes (id, lemma) VALUES (2, $1)', ['walk']);
        await conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (1, 1, 1), (1, 1, 2), (2, 2, 0), (2, 1, 1), (2, 2, 2)');
        await conn.query('DELETE FROM recompute_queue');
      });
      expect(await migrateToLatest(db)).toEqual({ applied: ['0013-lexeme-pattern-once', '0014-form-limit', '0015-forms-generation'] });
      expect(await links(db)).toEqual(['1:1@0', '2:2@0', '2:1@1']);
      const queued = await withConnection(db, async (conn) => (await conn.query<{ id: number }>('SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).rows.map((r) => r.id));
      expect(queued).toEqual([1, 2]);
    });
  });
}
