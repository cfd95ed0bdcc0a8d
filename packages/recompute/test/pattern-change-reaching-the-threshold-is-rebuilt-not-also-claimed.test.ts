import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchHooks, ProgressReporter, RunReport } from '../src';
import { runWorker } from '../src';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);
/** 30% of the lexicon and at least 10 lexemes: a change to `noun` (13 of these 30 take it) reaches it. */
const THRESHOLD = { share: 0.3, minimumLexemes: 10 };
const NOUNS = ENTRIES.filter((l) => l.patterns.includes(1)).map((l) => l.id);
/** Long beside the other loop's polling (every 20 ms): without the lock it claims what the expansion queued meanwhile. */
const PAUSE_AFTER_EXPANSION_MS = 400;

// Two loops of one drain on their own connections: PostgreSQL only (PGlite runs one loop).
describe('a pattern change most of the lexicon reaches, expanded while the other loop polls (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  it('is rebuilt, and none of the lexemes it queued is claimed batch by batch before the rebuild', async () => {
    const db = database();
    const phases: string[] = [];
    const progress: ProgressReporter = { start: (label) => phases.push(label), update() {}, finish() {} };
    const claimed: number[] = [];
    let expansionsPaused = 0;
    let armed = false;
    // Between the expansion's commit and the question whether the queue now calls for a rebuild.
    const hooks: BatchHooks = {
      async at(point) {
        if (point !== 'after-expand' || !armed) return;
        expansionsPaused++;
        await sleep(PAUSE_AFTER_EXPANSION_MS);
      },
    };
    const stop = new AbortController();
    const config = { method: 'copy', batchSize: 4, batchForms: 50_000, concurrency: 2, command: 'run', follow: true, pollMs: 20, retryFailed: false, rebuildAt: THRESHOLD } as const;
    const running: Promise<RunReport> = runWorker(db, config, { progress, hooks, signal: stop.signal, onBatch: (ids) => claimed.push(...ids) });
    try {
      // The load queued every lexeme: rebuilt at the start, then the drain follows the queue.
      await until(db, () => phases.length >= 2);
      expect(phases).toEqual(['recompute', 'run']);
      claimed.length = 0;
      armed = true;
      await query(db, `UPDATE patterns SET source = source || 'rule suffix +ish => N;DIM' || chr(10) WHERE name = 'noun'`);
      // Rebuilt and drained again, or (what the lock prevents) the nouns claimed batch by batch.
      await until(db, () => phases.length >= 4 || NOUNS.every((id) => claimed.includes(id)));
      expect({ phases, claimed, expansionsPaused }).toEqual({ phases: ['recompute', 'run', 'recompute', 'run'], claimed: [], expansionsPaused: 1 });
    } finally {
      stop.abort();
    }
    await running;
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect((await formsInTable(db)).some((row) => row.includes('N;DIM'))).toBe(true);
  });
});

/** Waits until both queues are empty and `done` holds (30 s at most). */
async function until(db: Parameters<typeof query>[0], done: () => boolean): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 30_000; await sleep(20)) {
    const [counts] = await query<{ n: number }>(db, 'SELECT (SELECT count(*) FROM recompute_queue) + (SELECT count(*) FROM recompute_pattern_queue) AS n');
    if (Number(counts!.n) === 0 && done()) return;
  }
  throw new Error('the queue did not settle within 30 s');
}
