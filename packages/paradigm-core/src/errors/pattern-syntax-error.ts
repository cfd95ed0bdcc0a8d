import { ParadigmError } from './paradigm-error';

/**
 * A pattern's source text cannot be compiled: a syntax error, or a construct that is well formed but
 * meaningless (an unknown ablaut scheme, a condition outside the safe subset). Thrown by
 * {@link compilePattern}; {@link compileGrammar} reports it as a {@link PatternError} instead.
 */
export class PatternSyntaxError extends ParadigmError {
  constructor(
    /** The pattern whose source is wrong. */
    readonly patternName: string,
    /** 1-based line in the pattern's source text. */
    readonly line: number,
    /** 1-based column (in code points) in that line. */
    readonly column: number,
    /** What the parser expected there, e.g. `"=>"`, or what to do instead. */
    readonly expected: string,
    /** The problem alone, without the position prefix. */
    readonly detail: string,
  ) {
    super(`pattern "${patternName}", line ${line}, column ${column}: ${detail}`);
  }
}
