/** What {@link checkPatternFiles} found. Errors keep a pattern out of the grammar; warnings do not. */
export type CheckCode =
  /** A line of a pattern does not parse, or means nothing (unknown scheme, misplaced template...). */
  | 'syntax'
  /** Text before the first `pattern NAME` header (a misspelt header, for instance). */
  | 'stray-line'
  /** Two patterns share a name. */
  | 'duplicate'
  /** A continuation names a pattern that is in none of the files. */
  | 'unknown-continuation'
  /** Continuations lead back to the pattern. */
  | 'cycle'
  /** A continuation names a pattern that has errors of its own. */
  | 'broken-continuation'
  /** Warning: a rule can never apply (its strip is excluded by its own condition). */
  | 'never-matches'
  /** Warning: no lexeme takes the pattern, and no pattern a lexeme takes continues into it. */
  | 'unused-pattern';

/** One problem, located in the file it is in. */
export interface CheckProblem {
  readonly severity: 'error' | 'warning';
  readonly code: CheckCode;
  /** The file's label, as given to {@link checkPatternFiles}. */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column (code points) in that line. */
  readonly column: number;
  /** The pattern it is in, when it is in one. */
  readonly patternName?: string;
  /** What is wrong and how to fix it, without the position. */
  readonly message: string;
}
