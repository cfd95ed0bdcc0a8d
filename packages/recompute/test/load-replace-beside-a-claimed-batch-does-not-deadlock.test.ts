import type { Database } from '@paradigm/persistence';
import { loadLexicon as loadNamed } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { type BatchHooks, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { drain } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(12);
/** Sessions of this database waiting for a lock. */
const WAITING_SQL = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

// `load --replace` (and `seed --replace`) replace the lexicon with the triggers on. A `run` batch may
// have claimed lexemes (their queue rows deleted, not committed) and not yet read them: the load's
// TRUNCATE takes the lexicon first, then its triggers queue the new lexemes, ids the batch holds among
// them. The load must wait for that batch before taking the lexicon, else the batch's read waits for
// the load while the load's queue insert waits for the batch: "deadlock detected", and one fails.
describe('a load --replace while a `run` batch has claimed lexemes and not read them (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 6 });
    await loadLexicon(db, PATTERNS, ENTRIES);
  });
  afterAll(() => db.close());

  it('waits for the batch, replaces the lexicon, and the next run leaves exactly its forms', async () => {
    let claimed!: () => void;
    const inBatch = new Promise<void>((resolve) => (claimed = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const config = { command: 'run', method: 'copy', batchSize: 5, batchForms: 50_000, concurrency: 1, follow: false, pollMs: 50, retryFailed: false } as WorkerConfig;
    const hooks: BatchHooks = {
      async at(point, batch) {
        if (point === 'after-claim' && batch === 1) {
          claimed();
          await released;
        }
      },
    };
    const run = runWorker(db, config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, hooks });
    await inBatch;
    const names = new Map(PATTERNS.map((pattern) => [pattern.id, pattern.name]));
    const load = loadNamed(
      db,
      {
        patterns: PATTERNS.map(({ name, source }) => ({ name, source })),
        lexemes: ENTRIES.map((entry) => ({ ...entry, lemma: `${entry.lemma}s`, patterns: entry.patterns.map((id) => names.get(id)!) })),
      },
      { replace: true },
    );
    for (;;) {
      if ((await query<{ n: number }>(db, WAITING_SQL))[0]!.n === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();

    const outcome = (end: PromiseSettledResult<unknown>) => (end.status === 'fulfilled' ? 'fulfilled' : (end.reason as Error).message);
    const [runEnd, loadEnd] = await Promise.allSettled([run, load]);
    expect({ run: outcome(runEnd), load: outcome(loadEnd) }).toEqual({ run: 'fulfilled', load: 'fulfilled' });
    await drain(db);
    expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
    expect((await query<{ lemma: string }>(db, 'SELECT lemma FROM lexemes WHERE id = 1'))[0]!.lemma).toBe('citys');
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
