import type { Lexeme } from '@paradigm/core';
import type { FormBatch } from '@paradigm/persistence';
import type { LexemeFailure } from './lexeme-failure';
import type { WorkerGrammar } from './worker-grammar';
import type { IdRange } from '../pipeline/replace-id-range';

/** A batch ready to persist: the lexemes to replace, their new forms, and those that failed. */
export interface ComputedBatch {
  /** Lexemes whose forms are replaced by `forms`; failed lexemes are not here, so their old forms stay. */
  readonly replaceIds: number[];
  readonly forms: FormBatch;
  readonly failures: LexemeFailure[];
  /** A full recompute's page: every lexeme in this id range is in the batch (see `replaceIdRange`). */
  readonly range?: IdRange;
}

/**
 * Generates the forms of `lexemes` into one columnar {@link FormBatch}. A lexeme with an error outcome
 * (or a pattern the grammar left out) contributes no rows and is not replaced. `requestedIds`, when
 * given (a queue claim), adds the ids that no longer exist: their forms are replaced by nothing.
 */
export function computeBatch(grammar: WorkerGrammar, lexemes: readonly Lexeme[], requestedIds?: readonly number[]): ComputedBatch {
  const batch = emptyBatch();
  for (const lexeme of lexemes) addLexeme(grammar, lexeme, batch);
  if (requestedIds) {
    const present = new Set(lexemes.map((lexeme) => lexeme.id));
    for (const id of requestedIds) if (!present.has(id)) batch.replaceIds.push(id);
  }
  return batch;
}

/**
 * Lexemes generated between two turns of the event loop in {@link computePage}: about 2,000 forms,
 * a few milliseconds, so the COPY streams of the batches being written keep flowing while the next
 * page is computed on the same thread.
 */
export const LEXEMES_PER_SLICE = 100;

/**
 * {@link computeBatch} for a full recompute's page, which covers `range` completely. It yields to the
 * event loop every {@link LEXEMES_PER_SLICE} lexemes: computing a 1000-lexeme page in one go blocked
 * the thread for 80-130 ms (cold code, loaded machine), and the COPY of the batch being written
 * stalled meanwhile (its first batches took 590-714 ms to persist against 230-300 ms for the later ones).
 */
export async function computePage(grammar: WorkerGrammar, lexemes: readonly Lexeme[], range: IdRange): Promise<ComputedBatch> {
  const batch = emptyBatch();
  for (let i = 0; i < lexemes.length; i += 1) {
    addLexeme(grammar, lexemes[i]!, batch);
    if ((i + 1) % LEXEMES_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { ...batch, range };
}

function emptyBatch(): { replaceIds: number[]; forms: FormBatch; failures: LexemeFailure[] } {
  return { replaceIds: [], forms: { lexemeIds: [], patternIds: [], cells: [], surfaces: [] }, failures: [] };
}

function addLexeme(grammar: WorkerGrammar, lexeme: Lexeme, batch: ReturnType<typeof emptyBatch>): void {
  const { forms } = batch;
  const mark = forms.lexemeIds.length;
  const failure = grammar.generate(lexeme, forms);
  if (failure) {
    // Drop the rows this lexeme already produced before the error: all or nothing per lexeme.
    forms.lexemeIds.length = forms.patternIds.length = forms.cells.length = forms.surfaces.length = mark;
    batch.failures.push(failure);
  } else {
    batch.replaceIds.push(lexeme.id);
  }
}
