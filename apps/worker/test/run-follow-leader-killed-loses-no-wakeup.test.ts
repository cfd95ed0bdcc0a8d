import { WAKE_LOCK_CLASS } from '@paradigm/persistence';
import { DELAY_VARIABLE } from '@paradigm/recompute';
import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl, type WorkerProcess } from './support/spawn-worker';
import { until } from './support/until';

// Far beyond the test's timeout: only a wake-up gets an edit done.
const FOLLOW = ['run', '--follow', '--poll-ms', '3600000', '--progress', 'none', '--concurrency', '1', '--batch-size', '5'];

describe('run --follow processes on PostgreSQL when the one listening is killed (SIGKILL)', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(5));
  const url = testDatabaseUrl(`${__filename}-postgres`);

  /** The processes (by application_name) that hold and wait for the wake lock. */
  const wakeLock = () =>
    query<{ name: string; granted: boolean }>(
      database(),
      `SELECT a.application_name AS name, l.granted FROM pg_locks l JOIN pg_stat_activity a USING (pid)
       WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = 0 AND a.datname = current_database() ORDER BY 2 DESC, 1`,
      [WAKE_LOCK_CLASS],
    );
  const queued = async () => (await query(database(), 'SELECT 1 FROM recompute_queue UNION ALL SELECT 1 FROM recompute_pattern_queue')).length;
  /** Adds lexemes `from`..`to` with the one pattern, in one transaction: one notification. */
  const add = (from: number, to: number) =>
    query(database(), `WITH l AS (INSERT INTO lexemes (id, lemma) SELECT g, 'w' || g FROM generate_series($1::int, $2::int) g RETURNING id) INSERT INTO lexeme_patterns SELECT id, 1, 0 FROM l`, [from, to]);
  /**
   * The wake lock once the killed `name`'s session is gone: the server ends it when it reads the closed
   * socket, which on a loaded machine can come after another process's loop, still awake from an earlier
   * claim, has already found the edits.
   */
  const wakeLockWithout = (name: string) => until(wakeLock, (rows) => !rows.some((row) => row.name === name));
  /**
   * Starts w1, which keeps each batch's transaction open `delayMs` after writing its forms, then w2; w1
   * holds the wake lock and w2 waits for it once the queue is drained.
   */
  async function holderAndWaiter(workers: Map<string, WorkerProcess>, delayMs: number): Promise<void> {
    workers.set('w1', spawnWorker(FOLLOW, { DATABASE_URL: url, PGAPPNAME: 'w1', [DELAY_VARIABLE]: String(delayMs) }));
    await until(wakeLock, (rows) => rows.some((row) => row.name === 'w1' && row.granted));
    workers.set('w2', spawnWorker(FOLLOW, { DATABASE_URL: url, PGAPPNAME: 'w2' }));
    await until(wakeLock, (rows) => rows.some((row) => row.name === 'w2'));
    await until(async () => [await queued()], ([n]) => n === 0);
  }
  /**
   * Renames lexeme `id` until w1 claims the edit and sits in that batch's transaction; resolves to the
   * lemma it holds (`lemma`, then `lemma` + "o", ...). An edit that finds w1's one loop busy (just after it
   * took the wake lock, it claims once more) is passed on to w2, which computes it: then it renames again,
   * as w1's loop is asleep by then.
   */
  async function renameClaimedByW1(id: number, lemma: string): Promise<string> {
    for (let name = lemma; ; name += 'o') {
      await query(database(), 'UPDATE lexemes SET lemma = $2 WHERE id = $1', [id, name]);
      const [state] = await until(
        () =>
          query<{ held: number; form: string | null }>(
            database(),
            `SELECT (SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'w1' AND state = 'idle in transaction' AND datname = current_database()) AS held,
                    (SELECT form FROM forms WHERE lexeme_id = $1 AND cell = 'N;PL;GEN') AS form`,
            [id],
          ),
        ([row]) => row!.held === 1 || row!.form === `${name}s's`,
      );
      if (state!.held === 1) return name;
      if (name.length - lemma.length >= 5) console.warn(`renamed ${id} ${name.length - lemma.length + 1} times and w2 took each; the wake lock: ${JSON.stringify(await wakeLock())}`);
    }
  }
  /**
   * Each test starts once the processes of the one before (same names, same database) are gone: a killed
   * process's sessions end when the server reads their closed sockets, which on a loaded machine can come
   * after the next test has started its own. A session of the earlier w2 still holding the wake lock then
   * let the new w2 take it before the new w1, and the edit meant for w1's claim went to w2.
   */
  beforeEach(() => until(() => query(database(), "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('w1', 'w2', 'w3')"), (rows) => rows.length === 0));
  const lexemesWithForms = (from: number, to: number) =>
    query<{ n: number }>(database(), 'SELECT count(DISTINCT lexeme_id)::int AS n FROM forms WHERE lexeme_id BETWEEN $1 AND $2', [from, to]);

  it('gives the wake lock to another at once, which finds the edits made meanwhile, bursts of more than one claim included', async () => {
    const workers = new Map<string, WorkerProcess>();
    try {
      for (const name of ['w1', 'w2', 'w3']) {
        workers.set(name, spawnWorker(FOLLOW, { DATABASE_URL: url, PGAPPNAME: name }));
        // Started one after the other, so the first holds the lock and the others queue in this order.
        await until(wakeLock, (rows) => rows.length === workers.size);
      }
      await until(async () => [await queued()], ([n]) => n === 0);
      expect(await wakeLock()).toEqual([
        { name: 'w1', granted: true },
        { name: 'w2', granted: false },
        { name: 'w3', granted: false },
      ]);

      // A burst of 23 lexemes (a claim takes 5) while the holder is gone and before anyone else listens.
      workers.get('w1')!.child.kill('SIGKILL');
      await add(100, 122);
      expect(await until(() => lexemesWithForms(100, 122), ([row]) => row!.n === 23)).toEqual([{ n: 23 }]);
      expect(await wakeLockWithout('w1')).toEqual([
        { name: 'w2', granted: true },
        { name: 'w3', granted: false },
      ]);

      // Again with the new holder, and an edit right after the kill.
      workers.get('w2')!.child.kill('SIGKILL');
      await query(database(), "UPDATE lexemes SET lemma = 'cat' WHERE id = 100");
      await add(200, 211);
      expect(await until(() => lexemesWithForms(200, 211), ([row]) => row!.n === 12)).toEqual([{ n: 12 }]);
      expect(await until(() => query(database(), "SELECT form FROM forms WHERE lexeme_id = 100 AND cell = 'N;PL;GEN'"), (rows) => rows.length === 1 && (rows[0] as { form: string }).form === "cats's")).toEqual([{ form: "cats's" }]);
      expect(await wakeLockWithout('w2')).toEqual([{ name: 'w3', granted: true }]);
    } finally {
      for (const worker of workers.values()) worker.child.kill('SIGKILL');
    }
    expect((await workers.get('w3')!.exited).signal).toBe('SIGKILL');
  });

  it('finds the lexemes of the claim the killed holder had in flight (rolled back by the server, with no notification)', async () => {
    const workers = new Map<string, WorkerProcess>();
    try {
      // w1 keeps each batch's transaction open 10 s after writing its forms, so it dies inside one.
      await holderAndWaiter(workers, 10_000);
      expect(await wakeLock()).toEqual([
        { name: 'w1', granted: true },
        { name: 'w2', granted: false },
      ]);

      const hen = await renameClaimedByW1(101, 'hen');
      workers.get('w1')!.child.kill('SIGKILL');
      expect(await until(() => query<{ form: string }>(database(), "SELECT form FROM forms WHERE lexeme_id = 101 AND cell = 'N;PL;GEN'"), (rows) => rows[0]?.form === `${hen}s's`)).toEqual([{ form: `${hen}s's` }]);
      expect(await wakeLockWithout('w1')).toEqual([{ name: 'w2', granted: true }]);
    } finally {
      for (const worker of workers.values()) worker.child.kill('SIGKILL');
    }
    expect((await workers.get('w2')!.exited).signal).toBe('SIGKILL');
  });
  it('finds the lexemes of a claim that the server ends long after the lock has passed on (its brief wait timed out)', async () => {
    const workers = new Map<string, WorkerProcess>();
    try {
      // w1 keeps each batch's transaction open for 10 minutes after writing its forms.
      await holderAndWaiter(workers, 600_000);
      const dog = await renameClaimedByW1(102, 'dog');
      // Only w1's listening session ends (as when the server is slow to see a killed process's other
      // sessions gone): w2 takes the lock while w1's claim stays open, past w2's brief wait for it. w1 is
      // stopped first, as a killed process is: running, it would see its session lost and reconnect,
      // ending its claim and claiming again, a claim that no holder watches (the poll finds such rows).
      workers.get('w1')!.child.kill('SIGSTOP');
      await query(database(), `SELECT pg_terminate_backend(pid) FROM pg_locks JOIN pg_stat_activity USING (pid) WHERE locktype = 'advisory' AND classid = $1 AND objid = 0 AND granted AND application_name = 'w1' AND datname = current_database()`, [WAKE_LOCK_CLASS]);
      await until(
        () => query<{ query: string }>(database(), `SELECT a.query FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = 0 AND l.granted AND a.application_name = 'w2' AND a.datname = current_database()`, [WAKE_LOCK_CLASS]),
        (rows) => rows.length === 1 && !/pg_advisory_lock|LOCK TABLE/.test(rows[0]!.query),
      );
      // Now the claim ends, rolled back: its rows come back with no notification.
      workers.get('w1')!.child.kill('SIGKILL');
      expect(await until(() => query<{ form: string }>(database(), "SELECT form FROM forms WHERE lexeme_id = 102 AND cell = 'N;PL;GEN'"), (rows) => rows[0]?.form === `${dog}s's`)).toEqual([{ form: `${dog}s's` }]);
      expect(await wakeLockWithout('w1')).toEqual([{ name: 'w2', granted: true }]);
    } finally {
      for (const worker of workers.values()) worker.child.kill('SIGKILL');
    }
    expect((await workers.get('w2')!.exited).signal).toBe('SIGKILL');
  });
});
