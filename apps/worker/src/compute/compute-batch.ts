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
 * `range`, when given (a full recompute's page), is the id range `lexemes` covers completely.
 */
export function computeBatch(grammar: WorkerGrammar, lexemes: readonly Lexeme[], requestedIds?: readonly number[], range?: IdRange): ComputedBatch {
  const forms: FormBatch = { lexemeIds: [], patternIds: [], cells: [], surfaces: [] };
  const replaceIds: number[] = [];
  const failures: LexemeFailure[] = [];
  for (const lexeme of lexemes) {
    const mark = forms.lexemeIds.length;
    const failure = grammar.generate(lexeme, forms);
    if (failure) {
      // Drop the rows this lexeme already produced before the error: all or nothing per lexeme.
      forms.lexemeIds.length = forms.patternIds.length = forms.cells.length = forms.surfaces.length = mark;
      failures.push(failure);
    } else {
      replaceIds.push(lexeme.id);
    }
  }
  if (requestedIds) {
    const present = new Set(lexemes.map((lexeme) => lexeme.id));
    for (const id of requestedIds) if (!present.has(id)) replaceIds.push(id);
  }
  return range ? { replaceIds, forms, failures, range } : { replaceIds, forms, failures };
}
