import { compileGrammar } from '@paradigm/core';
import { CLAIM_LOG_VARIABLE, DELAY_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(120);

describe('4 worker processes draining one queue (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);
  beforeAll(() => query(database(), 'CREATE TABLE claim_log (pid int NOT NULL, lexeme_id int NOT NULL, claimed_at timestamptz NOT NULL, committing_at timestamptz NOT NULL)'));

  it('leave the same table as one worker, each lexeme claimed once, never by two at once', async () => {
    // Each batch holds its transaction 100 ms, so the 4 processes (started ~together) overlap.
    const env = { DATABASE_URL: url, [CLAIM_LOG_VARIABLE]: 'claim_log', [DELAY_VARIABLE]: '100' };
    const workers = Array.from({ length: 4 }, () => spawnWorker(['run', '--batch-size', '2', '--concurrency', '1', '--progress', 'none'], env));
    const exits = await Promise.all(workers.map((w) => w.exited));
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0, 0]);

    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    const perLexeme = await query<{ lexeme_id: number; claims: number }>(
      database(),
      'SELECT lexeme_id, count(*)::int AS claims FROM claim_log GROUP BY lexeme_id ORDER BY lexeme_id',
    );
    expect(perLexeme).toEqual(ENTRIES.map((l) => ({ lexeme_id: l.id, claims: 1 })));
    // Several processes really did share the work.
    const pids = await query<{ pids: number }>(database(), 'SELECT count(DISTINCT pid)::int AS pids FROM claim_log');
    expect(pids[0].pids).toBeGreaterThan(1);
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
