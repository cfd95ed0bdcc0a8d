import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';
import { until } from './support/until';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const found = (rows: unknown[]) => rows.length > 0;

describe('run --follow on PostgreSQL', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(5));
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('is woken by the queue notification: an edit is done long before the next poll', async () => {
    // A poll far beyond the test's timeout: only a wake-up gets the edit done, however slow the machine.
    const worker = spawnWorker(['run', '--follow', '--poll-ms', '3600000', '--progress', 'none', '--concurrency', '1'], { DATABASE_URL: url });
    try {
      // Listening on the queue (the one process holds the wake lock), and done with the lexicon loaded before it started: from here on it sleeps.
      expect(await until(() => query(database(), `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "paradigm_recompute"'`), found)).toHaveLength(1);
      await until(() => query(database(), 'SELECT 1 FROM recompute_queue UNION ALL SELECT 1 FROM recompute_pattern_queue'), (rows) => rows.length === 0);
      await pause(500);
      await query(database(), "INSERT INTO lexemes (id, lemma) VALUES (50, 'dog')");
      await query(database(), 'INSERT INTO lexeme_patterns VALUES (50, 1, 0)');
      expect(await until(() => query(database(), "SELECT cell, form FROM forms WHERE lexeme_id = 50 AND cell = 'N;PL;GEN'"), found)).toEqual([{ cell: 'N;PL;GEN', form: "dogs's" }]);
    } finally {
      worker.child.kill('SIGTERM');
    }
    expect((await worker.exited).code).toBe(130);
  });
});
