import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { recomputeAll } from './support/run-in-process';
import { lexemes, query, useLexiconDatabase } from '../src/testing';

for (const dialect of TEST_DIALECTS) {
  describe(`\`recompute --all\` after a load on ${dialect}`, () => {
    // Loading queued every lexeme (and every pattern as a change).
    const database = useLexiconDatabase(dialect, __filename, lexemes(25));

    it('leaves nothing queued: every lexeme it computed is current, so `run` has nothing to redo', async () => {
      expect(await query(database(), 'SELECT (SELECT count(*) FROM recompute_queue)::int AS lexemes, (SELECT count(*) FROM recompute_pattern_queue)::int AS patterns')).toEqual([{ lexemes: 25, patterns: 5 }]);
      await recomputeAll(database());
      expect(await query(database(), 'SELECT (SELECT count(*) FROM recompute_queue)::int AS lexemes, (SELECT count(*) FROM recompute_pattern_queue)::int AS patterns')).toEqual([{ lexemes: 0, patterns: 0 }]);
    });
  });
}
