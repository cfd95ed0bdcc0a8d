import { compileGrammar } from '@paradigm/core';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query } from '@paradigm/recompute/testing';
import { INDEXES_SQL, useOldFormsDatabase } from './support/old-forms-database';
import { spawnWorker } from './support/spawn-worker';

const ENTRIES = lexemes(40);
const FLAGS = ['--batch-size', '4', '--progress', 'none'];
/** Each step of a rebuild: mid-COPY (after the second page), every row copied, indexes built, swapped but not committed. */
const STEPS = ['after-write:2', 'rebuild-copied:0', 'rebuild-indexed:0', 'rebuild-swapped:0'];

describe('`recompute --all` killed with SIGKILL at each step of its rebuild (PostgreSQL)', () => {
  const database = useOldFormsDatabase(__filename, ENTRIES);

  for (const step of STEPS) {
    it(`killed at ${step}: the old forms stay whole, with their indexes, and no new table is left`, async () => {
      const { db, url, old, indexes } = database();
      const worker = spawnWorker(['recompute', '--all', ...FLAGS], { DATABASE_URL: url, [PAUSE_VARIABLE]: step });
      await worker.waitForStderr(`PAUSED ${step.replace(':', ' ')}`);
      worker.child.kill('SIGKILL');
      expect((await worker.exited).signal).toBe('SIGKILL');
      expect(await formsInTable(db)).toEqual(old);
      expect(await query(db, INDEXES_SQL)).toEqual(indexes);
      expect(await query(db, "SELECT to_regclass('forms_next') AS next")).toEqual([{ next: null }]);
    });
  }

  it('the next run cleans up after the killed ones and swaps in exactly the generated forms', async () => {
    const { db, url, indexes } = database();
    const worker = spawnWorker(['recompute', '--all', ...FLAGS], { DATABASE_URL: url });
    const { code } = await worker.exited;
    expect({ code, stderr: worker.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(await formsInTable(db)).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    expect(await query(db, INDEXES_SQL)).toEqual(indexes);
    expect(await query(db, 'SELECT (SELECT count(*) FROM forms_rebuild)::int AS registered, (SELECT count(*) FROM recompute_queue)::int AS queued')).toEqual([{ registered: 0, queued: 0 }]);
  });
});
