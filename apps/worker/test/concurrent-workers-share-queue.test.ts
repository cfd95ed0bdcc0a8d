import { compileGrammar } from '@paradigm/core';
import { CLAIM_LOG_VARIABLE, DELAY_VARIABLE, PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(120);

describe('4 worker processes draining one queue (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);
  beforeAll(() => query(database(), 'CREATE TABLE claim_log (pid int NOT NULL, lexeme_id int NOT NULL, claimed_at timestamptz NOT NULL, committing_at timestamptz NOT NULL)'));

  it('leave the same table as one worker, each lexeme claimed once, never by two at once', async () => {
    // Each process pauses once it holds its first batch, and all go on once all do: the 4 overlap however
    // far apart they start (a worker takes up to a minute to start on this machine under load). Each
    // batch then holds its transaction 100 ms, so they go on overlapping. The first waits paused inside
    // its transaction, longer under load than the server's 60 s idle-in-transaction default.
    const env = { DATABASE_URL: url, [CLAIM_LOG_VARIABLE]: 'claim_log', [DELAY_VARIABLE]: '100', [PAUSE_VARIABLE]: 'after-claim:1' };
    const workers = Array.from({ length: 4 }, () => spawnWorker(['run', '--batch-size', '2', '--concurrency', '1', '--progress', 'none', '--idle-in-transaction-timeout-ms', '0'], env));
    await Promise.all(workers.map((w) => w.waitForStderr('PAUSED after-claim 1')));
    for (const w of workers) w.child.kill(RESUME_SIGNAL);
    const exits = await Promise.all(workers.map((w) => w.exited));
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0, 0]);

    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    const perLexeme = await query<{ lexeme_id: number; claims: number }>(
      database(),
      'SELECT lexeme_id, count(*)::int AS claims FROM claim_log GROUP BY lexeme_id ORDER BY lexeme_id',
    );
    expect(perLexeme).toEqual(ENTRIES.map((l) => ({ lexeme_id: l.id, claims: 1 })));
    // Every process really did share the work.
    expect(await query(database(), 'SELECT count(DISTINCT pid)::int AS pids FROM claim_log')).toEqual([{ pids: 4 }]);
    // No two processes' batch transactions overlapped on one lexeme (a lexeme only ever appears once
    // above, and no claim interval of one pid overlaps another pid's interval for the same lexeme).
    const overlaps = await query(
      database(),
      'SELECT a.lexeme_id FROM claim_log a JOIN claim_log b ON a.lexeme_id = b.lexeme_id AND a.pid <> b.pid ' +
        'AND a.claimed_at < b.committing_at AND b.claimed_at < a.committing_at',
    );
    expect(overlaps).toEqual([]);
  });
});
