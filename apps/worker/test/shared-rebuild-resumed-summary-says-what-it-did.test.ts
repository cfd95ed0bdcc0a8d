import { compileGrammar } from '@paradigm/core';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS } from '@paradigm/recompute/testing';
import { useOldFormsDatabase } from './support/old-forms-database';
import { spawnWorker } from './support/spawn-worker';

const ENTRIES = lexemes(40);
const FLAGS = ['recompute', '--all', '--shared', '--batch-size', '4', '--progress', 'none'];
const GRAMMAR = compileGrammar(PATTERNS).grammar;

/** The summary with the first line's measurements (time, rate, RSS) and the database replaced by placeholders. */
function summaryShape(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(/ in [\d.]+ s \(\d+ forms\/s\)/, ' in T s (R forms/s)').replace(/peak RSS \d+ MB/, 'peak RSS M MB').replace(/postgres:\/\/\S+$/, 'DB'));
}

describe('`recompute --all --shared` that resumes a rebuild left behind (PostgreSQL)', () => {
  const database = useOldFormsDatabase(__filename, ENTRIES);

  async function killedAt(step: string): Promise<void> {
    const worker = spawnWorker(FLAGS, { DATABASE_URL: database().url, [PAUSE_VARIABLE]: step });
    await worker.waitForStderr(`PAUSED ${step.replace(':', ' ')}`);
    worker.child.kill('SIGKILL');
    expect((await worker.exited).signal).toBe('SIGKILL');
  }

  async function resumed(): Promise<string[]> {
    const worker = spawnWorker(FLAGS, { DATABASE_URL: database().url });
    const { code } = await worker.exited;
    expect({ code, stderr: worker.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(await formsInTable(database().db)).toEqual(expectedForms(GRAMMAR, ENTRIES));
    return summaryShape(worker.stdout());
  }

  it('says how many ranges it copied and that it swapped, after one range was left copied', async () => {
    // The first range (ids up to 4) committed; the second was being copied.
    await killedAt('after-write:2');
    const forms = expectedForms(GRAMMAR, ENTRIES.slice(4)).length;
    expect(await resumed()).toEqual([
      `recompute: 36 lexemes, ${forms} forms in T s (R forms/s), 9 batches, peak RSS M MB; writer copy, batch size 4, concurrency 1; DB`,
      `Joined the shared rebuild registered before this run: copied 9 ranges (36 lexemes, ${forms} forms), built the indexes and swapped the new forms in.`,
    ]);
  });

  it('says it copied nothing and swapped, after every range was left copied (not "No lexemes to recompute")', async () => {
    await killedAt('rebuild-copied:0');
    expect(await resumed()).toEqual([
      'recompute: 0 lexemes, 0 forms in T s (R forms/s), 0 batches, peak RSS M MB; writer copy, batch size 4, concurrency 1; DB',
      'Joined the shared rebuild registered before this run: copied 0 ranges (0 lexemes, 0 forms), built the indexes and swapped the new forms in.',
    ]);
  });
});
