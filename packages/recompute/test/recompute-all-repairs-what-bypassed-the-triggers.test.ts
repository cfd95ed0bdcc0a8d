import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { useLexiconDatabase, expectedFromDatabase, formsInTable, lexemes, query } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

// Changes the queue never hears of: deletes with `session_replication_role = replica` (as pg_restore and
// logical replication apply them, no trigger fires) and a TRUNCATE with the triggers disabled, then new
// lexemes. Forms of ids below, between and above the lexemes must go.
for (const dialect of TEST_DIALECTS) {
  describe(`recompute --all after changes behind the triggers' back, on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(14));
    beforeEach(() => drain(database()));

    it.each([
      ['a short last page', 5],
      ['a full last page', 4],
    ])('removes the forms of lexemes deleted in replica mode (%s)', async (_, batchSize) => {
      await query(database(), 'SET session_replication_role = replica');
      try {
        // The first, a middle and the last lexeme.
        await query(database(), 'DELETE FROM lexemes WHERE id IN (1, 7, 14)');
      } finally {
        await query(database(), 'SET session_replication_role = DEFAULT');
      }
      await query(database(), "INSERT INTO forms VALUES (-2147483648, 1, 'N;SG', 'lowest'), (2147483647, 1, 'N;SG', 'highest'), (500, 1, 'N;SG', 'above')");
      expect(await query(database(), 'SELECT count(*)::int AS queued FROM recompute_queue')).toEqual([{ queued: 0 }]);

      const report = await recomputeAll(database(), { batchSize });
      expect(report).toMatchObject({ lexemes: 11, failed: 0, requeued: 0 });
      expect(await formsInTable(database())).toEqual(await expectedFromDatabase(database()));
      expect((await formsInTable(database())).filter((row) => /^(1|7|14|500|-?2147483647|-2147483648)\|/.test(row))).toEqual([]);
    });

    it('removes the forms of every lexeme gone in a TRUNCATE the triggers did not see', async () => {
      await query(database(), 'ALTER TABLE lexemes DISABLE TRIGGER USER');
      await query(database(), 'ALTER TABLE lexeme_patterns DISABLE TRIGGER USER');
      try {
        await query(database(), 'TRUNCATE lexemes CASCADE');
        await query(database(), "INSERT INTO lexemes (id, lemma) VALUES (3, 'dog'), (30, 'bird')");
        await query(database(), 'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (3, 1, 0), (30, 1, 0)');
      } finally {
        await query(database(), 'ALTER TABLE lexemes ENABLE TRIGGER USER');
        await query(database(), 'ALTER TABLE lexeme_patterns ENABLE TRIGGER USER');
      }
      await recomputeAll(database(), { batchSize: 1 });
      const forms = await formsInTable(database());
      expect(forms).toEqual(await expectedFromDatabase(database()));
      expect(new Set(forms.map((row) => row.split('|')[0]))).toEqual(new Set(['3', '30']));
    });
  });
}
