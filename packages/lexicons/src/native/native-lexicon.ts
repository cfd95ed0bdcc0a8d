import type { CheckProblem, Lexeme } from '@paradigm/core';

/**
 * A lexeme as the native `lexemes.tsv` writes it: a core `Lexeme` whose id is the key `load` updates
 * by, naming its patterns instead of giving their ids.
 */
export interface NativeLexeme extends Omit<Lexeme, 'patterns'> {
  /** Pattern names, in generation order. */
  readonly patterns: readonly string[];
}

/** A pattern cut from a `.patterns` file, with where it is. */
export interface NativePattern {
  readonly name: string;
  readonly source: string;
  readonly file: string;
  /** 1-based line of its `pattern` header. */
  readonly line: number;
}

/** A problem in a native lexicon's files: `CheckProblem`s for patterns, the same shape for lexemes. */
export type NativeProblem = Pick<CheckProblem, 'severity' | 'file' | 'line' | 'column' | 'message'> & { readonly code: string };

/** What {@link parseNativeLexicon} read: patterns and lexemes in file order, and every problem found. */
export interface NativeLexicon {
  readonly patterns: readonly NativePattern[];
  readonly lexemes: readonly NativeLexeme[];
  /** Errors and warnings, each with file, line, column; the lexicon is usable when none is an error. */
  readonly problems: readonly NativeProblem[];
}

/** What {@link checkNativeLexicon} found: as {@link NativeLexicon}, the lexemes read again on each call. */
export interface CheckedNativeLexicon extends Omit<NativeLexicon, 'lexemes'> {
  readonly lexemes: () => Iterable<NativeLexeme>;
  /** How many lexemes `lexemes()` yields (a load's total, for its progress). */
  readonly lexemeCount: number;
}

/** `FILE:LINE:COLUMN: error: MESSAGE`, the form every problem is printed in. */
export function formatProblem(problem: NativeProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
