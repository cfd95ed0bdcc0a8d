import { compileGrammar } from '@paradigm/core';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(40);
/** Ranges of 4 lexemes: 10 ranges. */
const FLAGS = ['recompute', '--all', '--shared', '--batch-size', '4', '--progress', 'none'];

describe('a `recompute --all --shared` process killed (SIGKILL) while it holds a range of the shared rebuild (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('gives its range back: the other process computes it and swaps in every form', async () => {
    await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
    // The first process claims the first range (ids 1-4), copies it and stops before its commit.
    const killed = spawnWorker(FLAGS, { DATABASE_URL: url, [PAUSE_VARIABLE]: 'after-write:1' });
    await killed.waitForStderr('PAUSED after-write 1');
    const other = spawnWorker(FLAGS, { DATABASE_URL: url });
    // The other one copies the nine free ranges, then waits for the held one.
    while ((await query<{ done: number }>(database(), "SELECT count(*)::int AS done FROM forms_rebuild_ranges WHERE state = 'done'"))[0]!.done < 9) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await query(database(), "SELECT lo, hi, state FROM forms_rebuild_ranges WHERE state <> 'done'")).toEqual([{ lo: -2147483648, hi: 4, state: 'pending' }]);
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');

    const { code } = await other.exited;
    expect({ code, stderr: other.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(other.stdout()).toMatch(/^recompute: 40 lexemes, /);
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    expect(await query(database(), "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild)::int AS registered")).toEqual([{ next: null, registered: 0 }]);
  });
});
