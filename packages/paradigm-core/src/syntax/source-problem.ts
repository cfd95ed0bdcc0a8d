/**
 * A problem at a known place in a pattern's source, raised inside the parser and turned into a
 * {@link PatternSyntaxError} (with the pattern's name) by the compiler.
 */
export class SourceProblem extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly expected: string,
    readonly detail: string,
  ) {
    super(`${line}:${column}: ${detail}`);
  }
}
