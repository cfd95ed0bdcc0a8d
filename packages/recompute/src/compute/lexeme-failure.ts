import { lexemeLabel } from '@paradigm/core';

/**
 * A lexeme whose forms could not be generated or stored, so its old forms were kept: data, reported
 * in the summary and stored in `recompute_failures`.
 */
export interface LexemeFailure {
  readonly lexemeId: number;
  readonly lemma: string;
  /** The pattern that failed; absent when the database refused the lexeme's forms (no one pattern is to blame). */
  readonly patternId: number | undefined;
  /** The pattern's name, when the pattern exists. */
  readonly patternName: string | undefined;
  /** Why, naming what to fix. */
  readonly reason: string;
}

/** One line for logs and `recompute_failures.reason`. */
export function describeFailure(failure: LexemeFailure): string {
  const lexeme = lexemeLabel(failure.lexemeId, failure.lemma);
  if (failure.patternId === undefined) return `${lexeme}: ${failure.reason}`;
  const pattern = failure.patternName === undefined ? `pattern id ${failure.patternId}` : `pattern "${failure.patternName}" (id ${failure.patternId})`;
  return `${lexeme}, ${pattern}: ${failure.reason}`;
}
