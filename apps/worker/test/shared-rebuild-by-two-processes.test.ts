import { compileGrammar } from '@paradigm/core';
import { CLAIM_LOG_VARIABLE, PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(40);
/** Ranges of 4 lexemes: 10 ranges to share. */
// A process paused inside its transaction waits there for the others to start (up to a minute each under
// load): the server must not end its session for sitting idle in it (60 s by default).
const FLAGS = ['recompute', '--all', '--shared', '--batch-size', '4', '--progress', 'none', '--idle-in-transaction-timeout-ms', '0'];

describe('two `recompute --all --shared` processes started together (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);
  beforeAll(() => query(database(), 'CREATE TABLE claim_log (pid int NOT NULL, lexeme_id int NOT NULL, claimed_at timestamptz NOT NULL, committing_at timestamptz NOT NULL)'));

  it('share one rebuild: each lexeme is computed once, by one of them, and the forms equal a one-process rebuild', async () => {
    const single = spawnWorker(FLAGS, { DATABASE_URL: url });
    expect((await single.exited).code).toBe(0);
    const alone = await formsInTable(database());
    expect(alone).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    await query(database(), 'DELETE FROM forms');
    await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");

    // Each pauses once it holds its first range, and both go on once both do: they share the rebuild
    // however far apart they start (a worker takes up to a minute to start on this machine under load).
    const env = { DATABASE_URL: url, [CLAIM_LOG_VARIABLE]: 'claim_log', [PAUSE_VARIABLE]: 'after-claim:1' };
    const workers = [spawnWorker(FLAGS, env), spawnWorker(FLAGS, env)];
    await Promise.all(workers.map((worker) => worker.waitForStderr('PAUSED after-claim 1')));
    for (const worker of workers) worker.child.kill(RESUME_SIGNAL);
    const exits = await Promise.all(workers.map((worker) => worker.exited));
    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    expect(workers.map((worker) => worker.stderr())).toEqual(['PAUSED after-claim 1\n', 'PAUSED after-claim 1\n']);

    expect(await formsInTable(database())).toEqual(alone);
    const perLexeme = await query(database(), 'SELECT lexeme_id, count(*)::int AS claims FROM claim_log GROUP BY lexeme_id ORDER BY lexeme_id');
    expect(perLexeme).toEqual(ENTRIES.map((l) => ({ lexeme_id: l.id, claims: 1 })));
    expect(await query(database(), 'SELECT count(DISTINCT pid)::int AS pids FROM claim_log')).toEqual([{ pids: 2 }]);
    // Each summary counts that process's share; together, every lexeme.
    const counted = workers.map((worker) => Number(/^recompute: (\d+) lexemes/.exec(worker.stdout())?.[1]));
    expect(counted[0]! + counted[1]!).toBe(40);
    expect(await query(database(), "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild_ranges)::int AS ranges")).toEqual([{ next: null, ranges: 0 }]);
  });
});
