import { compileGrammar } from '@paradigm/core';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query } from '@paradigm/recompute/testing';
import { INDEXES_SQL, useOldFormsDatabase } from './support/old-forms-database';
import { spawnWorker } from './support/spawn-worker';

const ENTRIES = lexemes(40);
const FLAGS = ['--batch-size', '4', '--progress', 'none'];
/**
 * Each step of a rebuild: the new table and its ranges created (not committed), the second range
 * copied (not committed), every range copied, indexes built, swapped but not committed. Each run after
 * the first resumes the rebuild the killed ones left.
 */
const STEPS = ['rebuild-created:0', 'after-write:2', 'rebuild-copied:0', 'rebuild-indexed:0', 'rebuild-swapped:0'];

describe('`recompute --all --shared` killed with SIGKILL at each step of its rebuild (PostgreSQL)', () => {
  const database = useOldFormsDatabase(__filename, ENTRIES);

  for (const step of STEPS) {
    it(`killed at ${step}: the old forms stay whole, with their indexes`, async () => {
      const { db, url, old, indexes } = database();
      const worker = spawnWorker(['recompute', '--all', '--shared', ...FLAGS], { DATABASE_URL: url, [PAUSE_VARIABLE]: step });
      await worker.waitForStderr(`PAUSED ${step.replace(':', ' ')}`);
      worker.child.kill('SIGKILL');
      expect((await worker.exited).signal).toBe('SIGKILL');
      expect(await formsInTable(db)).toEqual(old);
      expect(await query(db, INDEXES_SQL)).toEqual(indexes);
    });
  }

  it('the next run finishes the rebuild the killed ones left and swaps in exactly the generated forms', async () => {
    const { db, url, indexes } = database();
    const worker = spawnWorker(['recompute', '--all', '--shared', ...FLAGS], { DATABASE_URL: url });
    const { code } = await worker.exited;
    expect({ code, stderr: worker.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(await formsInTable(db)).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    expect(await query(db, INDEXES_SQL)).toEqual(indexes);
    expect(await query(db, "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild)::int AS registered, (SELECT count(*) FROM recompute_queue)::int AS queued")).toEqual([
      { next: null, registered: 0, queued: 0 },
    ]);
  });
});
