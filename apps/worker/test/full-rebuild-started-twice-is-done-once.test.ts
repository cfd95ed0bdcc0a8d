import { compileGrammar } from '@paradigm/core';
import { PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl, type WorkerProcess } from './support/spawn-worker';
import { until } from './support/until';

const ENTRIES = lexemes(40);
// A process paused inside its transaction waits there for the others to start (up to a minute each under
// load): the server must not end its session for sitting idle in it (60 s by default).
const FLAGS = ['recompute', '--all', '--batch-size', '4', '--progress', 'none', '--idle-in-transaction-timeout-ms', '0'];
/** A session of this database waiting for the rebuild's session lock (`registerRebuild`). */
const WAITING_FOR_THE_REBUILD_LOCK =
  "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory' AND query LIKE 'SELECT pg_advisory_lock(%'";

describe('two `recompute --all` processes started together (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('compute every lexeme once between them: the second waits for the first and finds the work done', async () => {
    // Whichever process takes the rebuild lock first pauses once it has created its new table, and goes
    // on only once the other waits for that lock: the other asks while the rebuild is in flight, however
    // far apart they start (a worker takes up to a minute to start on this machine under load).
    const env = { DATABASE_URL: url, [PAUSE_VARIABLE]: 'rebuild-created:0' };
    const workers = [spawnWorker(FLAGS, env), spawnWorker(FLAGS, env)];
    const paused = (worker: WorkerProcess) => worker.waitForStderr('PAUSED rebuild-created 0').then(() => worker);
    const first = await Promise.race(workers.map(paused));
    await until(() => query(database(), WAITING_FOR_THE_REBUILD_LOCK), (rows) => rows.length === 1);
    first.child.kill(RESUME_SIGNAL);
    // Had the other rebuilt again, it would pause there too: let it go on, so the summaries below say so.
    const other = workers.find((worker) => worker !== first)!;
    void paused(other).then(() => other.child.kill(RESUME_SIGNAL), () => undefined);
    const exits = await Promise.all(workers.map((worker) => worker.exited));
    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    const summaries = workers.map((worker) => worker.stdout()).sort();
    expect(summaries[0]).toMatch(/^recompute: 0 lexemes, 0 forms .*\nAnother process \(a `recompute --all`, or a `run` that found most of the lexicon queued\) rebuilt every form while this one waited for it/);
    expect(summaries[1]).toMatch(/^recompute: 40 lexemes, /);
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
  });
});
