import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';
import { until } from './support/until';

describe('run --follow (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(5));
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('keeps polling and recomputes a lexeme inserted by another client, until SIGTERM', async () => {
    // One loop, so the count below is exact: with two, one loop may claim the initial lexemes while the
    // other is still expanding the initial pattern changes, which queues them again (correct, only wasted).
    const worker = spawnWorker(['run', '--follow', '--poll-ms', '100', '--progress', 'none', '--concurrency', '1'], { DATABASE_URL: url });
    await until(() => query(database(), 'SELECT 1 FROM recompute_queue'), (rows) => rows.length === 0);
    // One transaction: the worker may wake on its commit, and should find the lexeme with its pattern.
    await query(database(), "WITH added AS (INSERT INTO lexemes (id, lemma) VALUES (50, 'dog') RETURNING id) INSERT INTO lexeme_patterns SELECT id, 1, 0 FROM added");
    const rows = await until(() => query(database(), "SELECT cell, form FROM forms WHERE lexeme_id = 50 AND cell = 'N;PL;GEN'"), (found) => found.length > 0);
    expect(rows).toEqual([{ cell: 'N;PL;GEN', form: "dogs's" }]);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(130);
    expect(worker.stdout()).toMatch(/^run \(interrupted\): 6 lexemes, /);
  });
});
