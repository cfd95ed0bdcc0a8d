/** Why {@link compileGrammar} left a pattern out of the grammar. */
export type PatternErrorCode =
  /** The source text does not compile on its own (see {@link PatternSyntaxError}). */
  | 'syntax'
  /** Two sources share an id or a name. */
  | 'duplicate'
  /** A continuation names a pattern that is not in the input. */
  | 'unknown-continuation'
  /** Continuations lead back to this pattern. */
  | 'cycle'
  /** A continuation names a pattern that was itself left out. */
  | 'broken-continuation';

/** A pattern that {@link compileGrammar} left out of the grammar, and why (data, not an exception). */
export interface PatternError {
  readonly code: PatternErrorCode;
  readonly patternId: number;
  readonly patternName: string;
  /** The whole explanation, naming the pattern, the position and the fix. */
  readonly message: string;
  /** 1-based line in the pattern's source text. */
  readonly line: number;
  /** 1-based column in that line. */
  readonly column: number;
}
