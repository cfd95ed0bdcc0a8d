import { compileGrammar } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { PAUSE_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(40);
const FLAGS = ['--batch-size', '4', '--concurrency', '1', '--progress', 'none'];

/** Starts a worker that pauses at `point` of batch `batch`, waits until it is there, and SIGKILLs it. */
async function killAt(url: string, args: string[], point: string, batch: number): Promise<void> {
  const worker = spawnWorker([...args, ...FLAGS], { DATABASE_URL: url, [PAUSE_VARIABLE]: `${point}:${batch}` });
  await worker.waitForStderr(`PAUSED ${point} ${batch}`);
  worker.child.kill('SIGKILL');
  expect((await worker.exited).signal).toBe('SIGKILL');
}

async function runToEnd(url: string, args: string[]): Promise<void> {
  const worker = spawnWorker([...args, ...FLAGS], { DATABASE_URL: url });
  const { code } = await worker.exited;
  expect({ code, stderr: worker.stderr() }).toEqual({ code: 0, stderr: '' });
}

describe('a worker killed with SIGKILL mid-run (PostgreSQL)', () => {
  let db: Database;
  let url: string;
  const expected = expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES);

  beforeAll(async () => {
    const name = `${__filename}-postgres`;
    db = await createTestDatabase('postgres', name);
    url = testDatabaseUrl(name);
    await loadLexicon(db, PATTERNS, ENTRIES);
    // Stale rows the recompute must replace, not add to.
    await query(db, "INSERT INTO forms SELECT id, 1, 'STALE', 'old' FROM lexemes");
  });
  afterAll(() => db.close());

  it('`run` killed after a claim, inside a write, and after a commit, then restarted, leaves the clean-run table', async () => {
    await killAt(url, ['run'], 'after-claim', 2);
    // Batch 1 committed (4 lexemes); the killed claim of batch 2 was rolled back, its rows are queued.
    expect(await query(db, 'SELECT count(*)::int AS n FROM recompute_queue')).toEqual([{ n: 36 }]);
    await killAt(url, ['run'], 'after-write', 3);
    // Batches 1 and 2 committed (8 lexemes); batch 3's claim and forms were rolled back together.
    expect(await query(db, 'SELECT count(*)::int AS n FROM recompute_queue')).toEqual([{ n: 28 }]);
    await killAt(url, ['run'], 'after-commit', 1);
    expect(await query(db, 'SELECT count(*)::int AS n FROM recompute_queue')).toEqual([{ n: 24 }]);
    await runToEnd(url, ['run']);
    expect(await query(db, 'SELECT count(*)::int AS n FROM recompute_queue')).toEqual([{ n: 0 }]);
    expect(await formsInTable(db)).toEqual(expected);
  });

  it('`recompute --all` killed mid-write, then run again, leaves the clean-run table', async () => {
    await query(db, "INSERT INTO forms SELECT id, 1, 'STALE', 'old' FROM lexemes");
    await killAt(url, ['recompute', '--all'], 'after-write', 4);
    await runToEnd(url, ['recompute', '--all']);
    expect(await formsInTable(db)).toEqual(expected);
  });
});
