import { DELAY_VARIABLE } from '@paradigm/recompute';
import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

describe('SIGINT / SIGTERM (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(40));
  const url = testDatabaseUrl(`${__filename}-postgres`);

  const start = () =>
    // Each batch holds its transaction 400 ms: the signal arrives while one is in flight.
    spawnWorker(['run', '--batch-size', '4', '--concurrency', '1', '--progress', 'lines'], { DATABASE_URL: url, [DELAY_VARIABLE]: '400' });

  it('the first signal stops claiming, commits the batch in flight, exits 130; nothing is half done', async () => {
    const worker = start();
    await worker.waitForStderr('"event":"start"');
    await new Promise((resolve) => setTimeout(resolve, 200));
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(130);
    expect(worker.stderr()).toContain('worker: SIGTERM: stopping after the batch in flight (up to 10000 ms); send SIGTERM again to exit now.\n');
    const summary = worker.stdout().match(/^run \(interrupted\): (\d+) lexemes/);
    expect(summary).not.toBeNull();
    const done = Number(summary![1]);
    expect(done % 4).toBe(0);
    // Every claimed lexeme has its forms; every other one is still queued.
    const [{ queued }] = await query<{ queued: number }>(database(), 'SELECT count(*)::int AS queued FROM recompute_queue');
    const [{ computed }] = await query<{ computed: number }>(database(), 'SELECT count(DISTINCT lexeme_id)::int AS computed FROM forms');
    expect({ queued, computed }).toEqual({ queued: 40 - done, computed: done });
  });

  it('a second signal exits at once; the open transaction is rolled back', async () => {
    const before = await query<{ queued: number }>(database(), 'SELECT count(*)::int AS queued FROM recompute_queue');
    const worker = spawnWorker(['run', '--batch-size', '4', '--concurrency', '1', '--progress', 'lines'], { DATABASE_URL: url, [DELAY_VARIABLE]: '5000' });
    await worker.waitForStderr('"event":"start"');
    await new Promise((resolve) => setTimeout(resolve, 300));
    worker.child.kill('SIGINT');
    await worker.waitForStderr('send SIGINT again');
    worker.child.kill('SIGINT');
    expect((await worker.exited).code).toBe(130);
    expect(worker.stderr()).toContain('worker: SIGINT again: exiting now; the open transaction is rolled back by the server.\n');
    // Give the server a moment to notice the closed socket and roll back, then nothing was claimed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await query(database(), 'SELECT count(*)::int AS queued FROM recompute_queue')).toEqual(before);
  });
});
