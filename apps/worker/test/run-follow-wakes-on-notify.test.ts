import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` every 100 ms until it returns rows, for at most `ms`; resolves to the last rows read. */
async function within(ms: number, read: () => Promise<unknown[]>): Promise<unknown[]> {
  let rows = await read();
  for (let waited = 0; rows.length === 0 && waited < ms; waited += 100) {
    await pause(100);
    rows = await read();
  }
  return rows;
}

describe('run --follow on PostgreSQL', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(5));
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('is woken by the queue notification: an edit is done long before the next poll (60 s)', async () => {
    const worker = spawnWorker(['run', '--follow', '--poll-ms', '60000', '--progress', 'none', '--concurrency', '1'], { DATABASE_URL: url });
    try {
      // Listening on the queue (the one process holds the wake lock), and done with the lexicon loaded before it started: from here on it sleeps.
      expect(await within(30_000, () => query(database(), `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "paradigm_recompute"'`))).toHaveLength(1);
      expect(await within(30_000, async () => ((await query(database(), 'SELECT 1 FROM recompute_queue UNION ALL SELECT 1 FROM recompute_pattern_queue')).length === 0 ? [1] : []))).toEqual([1]);
      await pause(500);
      await query(database(), "INSERT INTO lexemes (id, lemma) VALUES (50, 'dog')");
      await query(database(), 'INSERT INTO lexeme_patterns VALUES (50, 1, 0)');
      // Half the poll interval: only a wake-up can get it done in time.
      expect(await within(30_000, () => query(database(), "SELECT cell, form FROM forms WHERE lexeme_id = 50 AND cell = 'N;PL;GEN'"))).toEqual([{ cell: 'N;PL;GEN', form: "dogs's" }]);
    } finally {
      worker.child.kill('SIGTERM');
    }
    expect((await worker.exited).code).toBe(130);
  });
});
