import { type CheckProblem, checkPatternFiles, plural } from '@paradigm/core';

/** A pattern as a load gives it or the database holds it. */
export interface NamedSource {
  readonly name: string;
  readonly source: string;
}

/** An error of a loaded pattern; `line` and `column` are in its source text. */
export interface LoadedPatternError extends Pick<CheckProblem, 'code' | 'line' | 'column' | 'message'> {
  readonly patternName: string;
}

/** Patterns a load would store with errors, as compiled with the patterns stored beside them: nothing is written. */
export class PatternsDoNotCompileError extends Error {
  constructor(readonly errors: readonly LoadedPatternError[]) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more error')})` : '';
    super(`pattern "${first.patternName}", line ${first.line}, column ${first.column}: ${first.message}${more}; nothing was loaded`);
    this.name = 'PatternsDoNotCompileError';
  }
}

/**
 * Checks the loaded patterns with the stored ones they do not replace, as the worker will compile them,
 * and throws {@link PatternsDoNotCompileError} with the errors of the loaded patterns, if any (a
 * continuation to a pattern that is nowhere, a cycle that a stored pattern closes). Run under the load's
 * lock, it sees every load committed before, so two loads cannot each pass and together store a cycle.
 */
export function assertLoadedPatternsCompile(loaded: readonly NamedSource[], stored: readonly NamedSource[]): void {
  if (loaded.length === 0) return;
  // One text per pattern, labelled by its name, so each problem's line is in that pattern's source.
  const texts = loaded.map((pattern) => ({ file: pattern.name, text: pattern.source }));
  const errors = checkPatternFiles(texts, { besides: stored })
    .filter((problem) => problem.severity === 'error')
    .map((problem) => ({ patternName: problem.file, code: problem.code, line: problem.line, column: problem.column, message: problem.message }));
  if (errors.length > 0) throw new PatternsDoNotCompileError(errors);
}
