import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { useLexiconDatabase, expectedFromDatabase, formsInTable, query } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

const SMALLEST = -2147483648;
const ENTRIES = [
  { id: SMALLEST, lemma: 'city', patterns: [1] },
  { id: -5, lemma: 'cat', patterns: [1] },
  { id: 2147483647, lemma: 'sing', patterns: [3] },
];

for (const dialect of TEST_DIALECTS) {
  describe(`the lexeme with the smallest integer id on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('is recomputed by `recompute --all` (first page) and by `run`, and keeps its forms', async () => {
      // What loading queued: the recompute is to do it all.
      await query(database(), 'DELETE FROM recompute_queue');
      await query(database(), 'DELETE FROM recompute_pattern_queue');
      const report = await recomputeAll(database(), { batchSize: 1 });
      expect(report).toMatchObject({ lexemes: 3, failed: 0 });
      const afterRecompute = await formsInTable(database());
      expect(afterRecompute).toEqual(await expectedFromDatabase(database()));
      expect(afterRecompute.filter((row) => row.startsWith(`${SMALLEST}|`))).toEqual([
        `${SMALLEST}|1|N;PL;GEN|cities's`,
        `${SMALLEST}|1|N;PL;NOM|cities`,
        `${SMALLEST}|1|N;PL|cities`,
        `${SMALLEST}|1|N;SG|city`,
      ]);

      await query(database(), "UPDATE lexemes SET lemma = 'town' WHERE id = $1", [SMALLEST]);
      const { processed } = await drain(database());
      expect(processed).toEqual([SMALLEST]);
      const afterRun = await formsInTable(database());
      expect(afterRun).toEqual(await expectedFromDatabase(database()));
      expect(afterRun.filter((row) => row.startsWith(`${SMALLEST}|`))).toContain(`${SMALLEST}|1|N;SG|town`);
    });
  });
}
