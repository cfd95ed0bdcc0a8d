/** A pattern the grammar left out (it failed to compile), as the worker reports it. */
export interface PatternProblem {
  readonly patternId: number;
  readonly patternName: string;
  readonly message: string;
}
