import { compileGrammar, GENERATION, type Lexeme } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import type { LexemeSelection } from '../src';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);
const grammar = compileGrammar(PATTERNS).grammar;

/** `entries` with lexeme `id` renamed (or removed when `lemma` is undefined). */
function edited(entries: readonly Lexeme[], id: number, lemma: string | undefined): Lexeme[] {
  return lemma === undefined ? entries.filter((l) => l.id !== id) : entries.map((l) => (l.id === id ? { ...l, lemma } : l));
}

/**
 * Runs `recompute --all` (`selection`) and, once its first batch is copied but not committed, edits 2,
 * deletes 4, creates 100, lets `run` drain exactly those, then edits 9.
 */
async function rebuildWithEditsMeanwhile(db: Database, selection: LexemeSelection, note: string): Promise<void> {
  // The forms are this generation's (as a first job would record, queueing every pattern): nothing is queued.
  await query(db, 'UPDATE lexicon_settings SET forms_generation = $1', [GENERATION]);
  await query(db, 'DELETE FROM recompute_queue');
  await query(db, 'DELETE FROM recompute_pattern_queue');
  let drainedDuring: number[] = [];
  await recomputeAll(db, { selection, hooks: {
    async at(point, batch) {
      if (point !== 'after-write' || batch !== 1) return;
      await query(db, "UPDATE lexemes SET lemma = 'dog' WHERE id = 2");
      await query(db, 'DELETE FROM lexemes WHERE id = 4');
      await query(db, "INSERT INTO lexemes (id, lemma) VALUES (100, 'newt')");
      await query(db, 'INSERT INTO lexeme_patterns VALUES (100, 1, 0)');
      drainedDuring = (await drain(db)).processed;
      // Edited after `run` drained the queue: left for the next run.
      await query(db, "UPDATE lexemes SET lemma = 'bird' WHERE id = 9");
    },
  } });
  expect({ note, drainedDuring }).toEqual({ note, drainedDuring: [2, 4, 100] });
}

describe('edits committed while `recompute --all` runs (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  it('are neither lost nor computed twice: what `run` did meanwhile is carried over, what it did not stays queued', async () => {
    const db = database();
    // Mid-COPY: the rebuild read the lexicon's first pages already, from its snapshot.
    await rebuildWithEditsMeanwhile(db, { kind: 'all' }, 'one snapshot');
    let lexicon = edited(edited([...ENTRIES, { id: 100, lemma: 'newt', patterns: [1] }], 2, 'dog'), 4, undefined);
    // The swap kept the worker's forms of 2, 4 (none) and 100; 9 has the rebuild's (pre-edit) forms and is queued.
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([{ lexeme_id: 9 }]);
    const after = await drain(db);
    expect(after.processed).toEqual([9]);
    lexicon = edited(lexicon, 9, 'bird');
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
  });
});

describe('edits committed while `recompute --all --shared` runs (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', `${__filename}-shared`, ENTRIES);

  it('are not lost: what `run` did meanwhile is carried over (not computed twice), what it did not stays queued', async () => {
    const db = database();
    // Mid-rebuild: the first range (ids 1-3) is copied, not committed; the others are not read yet.
    await rebuildWithEditsMeanwhile(db, SHARED, 'shared');
    const lexicon = edited(edited(edited([...ENTRIES, { id: 100, lemma: 'newt', patterns: [1] }], 2, 'dog'), 4, undefined), 9, 'bird');
    // The swap kept the worker's forms of 2, 4 (none) and 100. Each range is read when it is claimed:
    // 9's range (7-9) was read after the edit, so it has the new forms, and 9 stays queued (the edit is
    // noted; the rebuild does not know whether its range was read before or after it).
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([{ lexeme_id: 9 }]);
    const after = await drain(db);
    expect(after.processed).toEqual([9]);
    expect(await formsInTable(db)).toEqual(expectedForms(grammar, lexicon));
  });
});
