import { lockInThisDatabase, WAKE_LOCK_CLASS } from '@paradigm/persistence';
import { type WakeLeadership, followWakeups } from '../src/runtime/wake-leadership';
import { Wakeup } from '../src/runtime/wakeup';
import { lexemes, query, useLexiconDatabase } from '../src/testing';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `ready` every 20 ms until it is true (the test's own timeout ends a wait that never does). */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ready())) await pause(20);
}

/** One `run --follow` process as the wake-up sees it: a loop that sleeps (no polling in reach) and counts its wakes. */
interface Follower {
  readonly wakes: () => number;
  readonly leadership: WakeLeadership;
  readonly lost: string[];
  /** Ends the loop only: the process stays, as one whose every loop is busy. */
  stopLoop(): Promise<void>;
  stop(): Promise<void>;
}

describe('run --follow processes on PostgreSQL', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(3));

  async function follower(): Promise<Follower> {
    const wakeup = new Wakeup();
    const lost: string[] = [];
    const leadership = (await followWakeups(database(), wakeup, (error) => lost.push(error.message)))!;
    const stopped = new AbortController();
    let wakes = 0;
    const loop = (async () => {
      for (;;) {
        await wakeup.sleep(3_600_000, stopped.signal);
        if (stopped.signal.aborted) return;
        wakes++;
      }
    })();
    const stopLoop = async () => {
      stopped.abort();
      await loop;
    };
    return {
      wakes: () => wakes,
      leadership,
      lost,
      stopLoop,
      async stop() {
        await stopLoop();
        await leadership.close();
      },
    };
  }

  const waitingForTheLock = async () =>
    (await query<{ n: number }>(database(), `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = 0 AND NOT granted AND ${lockInThisDatabase()}`, [WAKE_LOCK_CLASS]))[0]!.n;

  it('wake one loop of the lock holder per edit (of one waiting process when the holder is busy), all of them on a relay, and the next holder once the holder dies', async () => {
    const a = await follower();
    // The holder's first wake: its check for edits made while nobody listened.
    await until(() => a.wakes() === 1);
    const b = await follower();
    const c = await follower();
    const all = [a, b, c];
    try {
      await until(async () => (await waitingForTheLock()) === 2);

      await query(database(), 'INSERT INTO recompute_queue (lexeme_id) VALUES (1) ON CONFLICT DO NOTHING');
      await until(() => a.wakes() === 2);
      // Time for the others to wake, if they did.
      await pause(300);
      expect(all.map((f) => f.wakes())).toEqual([2, 0, 0]);

      // A full claim: every process helps.
      b.leadership.moreWork();
      await until(() => all.every((f) => f.wakes() >= 1 && a.wakes() === 3));
      await pause(300);
      expect(all.map((f) => f.wakes())).toEqual([3, 1, 1]);

      // The holder's session dies: the first waiter holds the lock at once and checks once.
      const killed = await query(database(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "paradigm_recompute"'`);
      expect(killed).toHaveLength(1);
      await until(() => b.wakes() === 2);
      expect(a.lost).toEqual(['terminating connection due to administrator command']);

      await query(database(), 'INSERT INTO recompute_queue (lexeme_id) VALUES (2) ON CONFLICT DO NOTHING');
      await until(() => b.wakes() === 3);
      await pause(300);
      expect(all.map((f) => f.wakes())).toEqual([3, 3, 1]);

      // Every loop of the holder busy: it passes the edit on to one waiting process.
      await b.stopLoop();
      await query(database(), 'INSERT INTO recompute_queue (lexeme_id) VALUES (3) ON CONFLICT DO NOTHING');
      await until(() => c.wakes() === 2);
      await pause(300);
      expect(all.map((f) => f.wakes())).toEqual([3, 3, 2]);
      expect([b.lost, c.lost]).toEqual([[], []]);
    } finally {
      await Promise.all(all.map((f) => f.stop()));
    }
  });
});
