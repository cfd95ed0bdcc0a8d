import { compileGrammar, type Lexeme } from '@paradigm/core';
import type { Database, Dialect } from '@paradigm/persistence';
import { type BatchHooks, type RebuildThreshold, type RunReport, runWorker, SILENT_PROGRESS } from '../src';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);
const grammar = compileGrammar(PATTERNS).grammar;
/** Half the lexicon, and at least 10 lexemes: these 30 reach it from 15 queued lexemes on. */
const THRESHOLD = { share: 0.5, minimumLexemes: 10 };

/** `run` in this process with `rebuildAt`; resolves to its report and the lexemes its batches claimed. */
async function run(db: Database, rebuildAt: RebuildThreshold | null, hooks?: BatchHooks) {
  const processed: number[] = [];
  const config = { method: 'copy', batchSize: 4, batchForms: 50_000, concurrency: 2, command: 'run', follow: false, pollMs: 50, retryFailed: false, rebuildAt } as const;
  const report: RunReport = await runWorker(db, config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, onBatch: (ids) => processed.push(...ids), ...(hooks ? { hooks } : {}) });
  return { report, processed: processed.sort((a, b) => a - b) };
}

/** Renames lexemes `ids` (each edit queues its lexeme). */
async function rename(db: Database, ids: readonly number[], suffix: string): Promise<void> {
  await query(db, `UPDATE lexemes SET lemma = lemma || $1 WHERE id = ANY($2::int[])`, [suffix, ids]);
}

function renamed(entries: readonly Lexeme[], ids: readonly number[], suffix: string): Lexeme[] {
  return entries.map((lexeme) => (ids.includes(lexeme.id) ? { ...lexeme, lemma: lexeme.lemma + suffix } : lexeme));
}

describe.each<Dialect>(['postgres', 'pglite'])('%s: `run` of a queue that holds most of the lexicon', (dialect) => {
  const database = useLexiconDatabase(dialect, `${__filename}-${dialect}`, ENTRIES);
  const all = ENTRIES.map((lexeme) => lexeme.id);
  let lexicon: Lexeme[] = ENTRIES;

  it('rebuilds every lexeme\'s forms, then drains what was edited meanwhile', async () => {
    const db = database();
    await query(db, 'DELETE FROM recompute_queue');
    await rename(db, all, 'a');
    lexicon = renamed(lexicon, all, 'a');
    // PostgreSQL: once the rebuild's rows are in, before its swap, an edit (on another connection), left
    // queued by the swap for the drain. (PGlite's one connection is the rebuild's until it commits.)
    const edited = dialect === 'postgres' ? [7] : [];
    const hooks: BatchHooks = {
      async at(point) {
        if (point === 'rebuild-copied' && edited.length > 0) await rename(db, edited, 'b');
      },
    };
    const { report, processed } = await run(db, THRESHOLD, hooks);
    lexicon = renamed(lexicon, edited, 'b');
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([]);
    // The rebuild computed all 30 (no batch of its own claims); the drain claimed the edited one.
    expect(processed).toEqual(edited);
    expect({ lexemes: report.lexemes, rebuilt: report.milestones?.committed !== undefined, command: report.command }).toEqual({ lexemes: 30 + edited.length, rebuilt: true, command: 'run' });
  });

  it('drains batch by batch below the threshold, and with rebuildAt null (--no-rebuild) whatever the queue', async () => {
    const db = database();
    const some = [3, 5, 8];
    await rename(db, some, 'c');
    lexicon = renamed(lexicon, some, 'c');
    const below = await run(db, THRESHOLD);
    expect(below.processed).toEqual(some);
    expect(below.report.milestones).toBeUndefined();
    await rename(db, all, 'd');
    lexicon = renamed(lexicon, all, 'd');
    const never = await run(db, null);
    expect(never.processed).toEqual(all);
    expect(never.report.milestones).toBeUndefined();
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([]);
  });
});
