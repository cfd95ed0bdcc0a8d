import { setTimeout as sleep } from 'node:timers/promises';
import type { Database, Dialect } from '@paradigm/persistence';
import { type ProgressReporter, type RunReport, runWorker } from '../src';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);
/** 30% of the lexicon and at least 10 lexemes: a change to `noun` (13 of these 30 take it) reaches it, two edited lexemes do not. */
const THRESHOLD = { share: 0.3, minimumLexemes: 10 };

/**
 * Waits until both queues are empty (every claim, expansion and swap committed: a claim's delete shows at
 * its commit) and `phases` holds `count` phases (the drain after a rebuild has started).
 */
async function settled(db: Database, phases: readonly string[], count: number): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 30_000; await sleep(20)) {
    const [counts] = await query<{ n: number }>(db, 'SELECT (SELECT count(*) FROM recompute_queue) + (SELECT count(*) FROM recompute_pattern_queue) AS n');
    if (Number(counts!.n) === 0 && phases.length >= count) return;
  }
  throw new Error(`not settled within 30 s: phases ${phases.join(', ')}`);
}

describe.each<Dialect>(['postgres', 'pglite'])('%s: `run --follow` when the queue grows to most of the lexicon', (dialect) => {
  const database = useLexiconDatabase(dialect, `${__filename}-${dialect}`, ENTRIES);

  it('hands over to a rebuild after a bulk edit and after a pattern change most lexemes reach, and drains small edits batch by batch', async () => {
    const db = database();
    // What ran, in order: every drain starts a `run`, every rebuild a `recompute` (the progress labels).
    const phases: string[] = [];
    const progress: ProgressReporter = { start: (label) => phases.push(label), update() {}, finish() {} };
    const claimed: number[] = [];
    const stop = new AbortController();
    // PostgreSQL: no polling within the test's time, so every edit after a rebuild must wake the drain
    // that follows it by notification. PGlite has none: it polls.
    const pollMs = dialect === 'postgres' ? 600_000 : 20;
    const config = { method: 'copy', batchSize: 4, batchForms: 50_000, concurrency: 2, command: 'run', follow: true, pollMs, retryFailed: false, rebuildAt: THRESHOLD } as const;
    const running: Promise<RunReport> = runWorker(db, config, { progress, signal: stop.signal, onBatch: (ids) => claimed.push(...ids) });
    try {
      // The load queued every lexeme: rebuilt at the start.
      await settled(db, phases, 2);
      // Two lexemes: claimed batch by batch.
      await query(db, `UPDATE lexemes SET lemma = lemma || 'a' WHERE id IN (3, 5)`);
      await settled(db, phases, 2);
      for (const started = Date.now(); claimed.length < 2 && Date.now() - started < 30_000; ) await sleep(20);
      expect({ phases: [...phases], claimed: [...claimed].sort((a, b) => a - b) }).toEqual({ phases: ['recompute', 'run'], claimed: [3, 5] });
      // Every lexeme in one statement: the drain hands over after its first full claim (the other loop may
      // claim a few batches meanwhile), and the rebuild computes the rest.
      await query(db, `UPDATE lexemes SET lemma = lemma || 'b'`);
      await settled(db, phases, 4);
      expect(phases).toEqual(['recompute', 'run', 'recompute', 'run']);
      expect(claimed.length).toBeLessThan(2 + ENTRIES.length);
      // A change to the pattern 13 of the 30 lexemes take.
      await query(db, `UPDATE patterns SET source = source || 'rule suffix +ish => N;DIM' || chr(10) WHERE name = 'noun'`);
      await settled(db, phases, 6);
      expect(phases).toEqual(['recompute', 'run', 'recompute', 'run', 'recompute', 'run']);
    } finally {
      stop.abort();
    }
    const report = await running;
    expect({ interrupted: report.interrupted, rebuilt: report.milestones?.committed !== undefined, failed: report.failed }).toEqual({ interrupted: true, rebuilt: true, failed: 0 });
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
    expect((await formsInTable(db)).some((row) => row.includes('N;DIM'))).toBe(true);
  });
});
