import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { REBUILD_MILESTONES } from '../src';
import { useLexiconDatabase } from '../src/testing';
import { recomputeAll } from './support/run-in-process';

const ENTRIES = [
  { id: 1, lemma: 'city', patterns: [1] },
  { id: 2, lemma: 'cat', patterns: [1] },
  { id: 3, lemma: 'sing', patterns: [3] },
];

for (const dialect of TEST_DIALECTS) {
  describe(`the report of \`recompute --all\` on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('says when each step of the rebuild was reached, in the order of the steps', async () => {
      const report = await recomputeAll(database(), { batchSize: 2 });
      expect(report).toMatchObject({ lexemes: 3, failed: 0, interrupted: false });
      const milestones = report.milestones ?? {};
      expect(Object.keys(milestones)).toEqual([...REBUILD_MILESTONES]);
      const times = Object.values(milestones);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });
  });
}
