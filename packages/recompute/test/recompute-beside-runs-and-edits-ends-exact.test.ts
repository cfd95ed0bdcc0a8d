import { Rng } from '@paradigm/lexicons';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { type BatchHooks, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const EDITS = 300;
const LEMMAS = ['cat', 'city', 'dog', 'bird', 'sing', 'feed', 'bili', 'hired', 'day', 'sky'];
const CASES = [
  "pattern case\nrule => NOM\nrule suffix +'s => GEN\n",
  "pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +ox => ABL\n",
  "pattern case\nrule => NOM\nrule suffix +um => ACC\n",
];
// Patterns a lexeme without a root can take (ar-verb needs one).
const ROOTLESS_PATTERNS = [1, 2, 3, 5];

/** One random edit of the lexicon, as another client would make it (the triggers see it). */
async function edit(db: Database, rng: Rng, nextId: () => number): Promise<void> {
  const ids = (await query<{ id: number }>(db, 'SELECT id FROM lexemes WHERE root IS NULL ORDER BY id')).map((row) => row.id);
  const roll = rng.next();
  const id = rng.pick(ids);
  if (roll < 0.55) {
    await query(db, 'UPDATE lexemes SET lemma = $2 WHERE id = $1', [id, `${rng.pick(LEMMAS)}${rng.int(100)}`]);
  } else if (roll < 0.7) {
    const patterns = [...new Set([rng.pick(ROOTLESS_PATTERNS), rng.pick(ROOTLESS_PATTERNS)])];
    const conn = await db.acquire();
    try {
      await conn.transaction(async (tx) => {
        await tx.query('DELETE FROM lexeme_patterns WHERE lexeme_id = $1', [id]);
        await tx.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT $1, p, i FROM unnest($2::int[]) WITH ORDINALITY AS t(p, i)', [id, patterns]);
      });
    } finally {
      conn.release();
    }
  } else if (roll < 0.8) {
    await query(db, "UPDATE patterns SET source = $1 WHERE name = 'case'", [rng.pick(CASES)]);
  } else if (roll < 0.9) {
    const created = nextId();
    await query(db, 'INSERT INTO lexemes (id, lemma) VALUES ($1, $2)', [created, rng.pick(LEMMAS)]);
    await query(db, 'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES ($1, $2, 0)', [created, rng.pick(ROOTLESS_PATTERNS)]);
  } else if (ids.length > 20) {
    await query(db, 'DELETE FROM lexemes WHERE id = $1', [id]);
  }
}

/** Holds each batch's transaction open a random moment before it writes, so edits land between read and write. */
function jitter(rng: Rng): BatchHooks {
  return { at: async (point) => (point === 'after-claim' ? new Promise((resolve) => setTimeout(resolve, rng.int(40))) : undefined) };
}

// Randomized but seeded: the same interleaving pressure on every run (the exact timing still varies).
describe('recompute --all beside `run --follow` workers and a stream of edits (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 12 });
    await loadLexicon(db, PATTERNS, lexemes(60));
    await drain(db);
  });
  afterAll(() => db.close());

  // Each seed with the default rebuild (one snapshot) and with the shared one (`--shared`: each range read when claimed).
  it.each([
    [1, false],
    [2, false],
    [1, true],
    [2, true],
  ])('once the queue is drained, the forms are exactly what the lexicon generates (seed %i, shared %s)', async (seed, shared) => {
    const rng = new Rng(seed);
    let next = 10_000 * seed + (shared ? 5_000 : 0);
    let editing = true;
    const stop = new AbortController();
    const follow = { command: 'run', method: 'copy', batchSize: 5, batchForms: 50_000, concurrency: 1, follow: true, pollMs: 5, retryFailed: false } as WorkerConfig;
    const runs = [1, 2].map(() => runWorker(db, follow, { progress: SILENT_PROGRESS, signal: stop.signal }));
    const recomputes = (async () => {
      let count = 0;
      while (editing || count === 0) {
        await recomputeAll(db, { batchSize: 7, concurrency: 2, hooks: jitter(rng), ...(shared ? { selection: SHARED } : {}) });
        count += 1;
      }
      return count;
    })();
    for (let i = 0; i < EDITS; i++) {
      await edit(db, rng, () => next++);
      await new Promise((resolve) => setTimeout(resolve, rng.int(3)));
    }
    editing = false;
    expect(await recomputes).toBeGreaterThan(0);
    stop.abort();
    await Promise.all(runs);
    await drain(db);

    expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  }, 300_000);
});
