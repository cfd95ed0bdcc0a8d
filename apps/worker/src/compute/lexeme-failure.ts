/**
 * A lexeme whose forms could not be generated, so its old forms were kept: data, reported in the
 * summary and stored in `recompute_failures`.
 */
export interface LexemeFailure {
  readonly lexemeId: number;
  readonly lemma: string;
  readonly patternId: number;
  /** The pattern's name, when the pattern exists. */
  readonly patternName: string | undefined;
  /** Why, naming what to fix. */
  readonly reason: string;
}

/** One line for logs and `recompute_failures.reason`. */
export function describeFailure(failure: LexemeFailure): string {
  const pattern = failure.patternName === undefined ? `pattern id ${failure.patternId}` : `pattern "${failure.patternName}" (id ${failure.patternId})`;
  return `lexeme ${failure.lexemeId} "${failure.lemma}", ${pattern}: ${failure.reason}`;
}
