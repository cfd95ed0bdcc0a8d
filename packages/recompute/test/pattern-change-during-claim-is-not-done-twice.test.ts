import { compileGrammar, type PatternSource } from '@paradigm/core';
import { type BatchHooks, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { useLexiconDatabase, expectedForms, formsInTable, lexemes, PATTERNS, query } from '../src/testing';
import { drain } from './support/run-in-process';

const ENTRIES = lexemes(14);
const NOUNS = ENTRIES.filter((l) => l.patterns.includes(1)).map((l) => l.id);
const CASE = "pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +ox => ABL\n";

// The interleaving needs a second client committing a pattern edit while the worker's claim is open:
// PostgreSQL only (PGlite is one connection in one process, where no other client can commit meanwhile).
describe('a pattern edit committed while a claim is open (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  it('gives the claim back, expands the edit first, and computes each lexeme once with the new grammar', async () => {
    await drain(database()); // the initial load
    await query(database(), 'INSERT INTO recompute_queue (lexeme_id) SELECT id FROM lexemes');
    let edited = false;
    const hooks: BatchHooks = {
      async at(point) {
        // After the first claim, before the worker reads the grammar: another client edits `case`
        // (which every noun continues into) and commits.
        if (point !== 'after-claim' || edited) return;
        edited = true;
        await query(database(), 'UPDATE patterns SET source = $1 WHERE name = $2', [CASE, 'case']);
      },
    };
    const processed: number[] = [];
    const config = { command: 'run', method: 'copy', batchSize: 100, batchForms: 50_000, concurrency: 1, follow: false, pollMs: 50, retryFailed: false } as WorkerConfig;
    const report = await runWorker(database(), config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, hooks, onBatch: (ids) => processed.push(...ids) });

    expect(edited).toBe(true);
    // Every lexeme once: without giving the claim back, the nouns were computed with the new grammar and
    // then queued again by the edit's expansion, and computed a second time.
    expect(processed.sort((a, b) => a - b)).toEqual(ENTRIES.map((l) => l.id));
    expect(report).toMatchObject({ lexemes: ENTRIES.length, failed: 0 });
    expect(NOUNS.length).toBeGreaterThan(0);
    const patterns: PatternSource[] = PATTERNS.map((p) => (p.name === 'case' ? { ...p, source: CASE } : p));
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(patterns).grammar, ENTRIES));
    expect(await query(database(), 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
  });

  it('does not wait forever for an expansion that another client holds open: it claims anyway after a while', async () => {
    // Another client has claimed a pattern change (as a worker stopped mid-expansion would) and sits on it.
    await query(database(), "UPDATE patterns SET source = source || '\n' WHERE name = 'redup'");
    await query(database(), 'INSERT INTO recompute_queue (lexeme_id) VALUES (3), (4)');
    const holder = await database().acquire();
    try {
      await holder.query('BEGIN');
      await holder.query('DELETE FROM recompute_pattern_queue');
      const { processed } = await drain(database(), { concurrency: 1 });
      expect(processed).toEqual([3, 4]);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    // The held change is still there for a worker to expand.
    expect(await query(database(), 'SELECT name FROM recompute_pattern_queue')).toEqual([{ name: 'redup' }]);
  });
});
