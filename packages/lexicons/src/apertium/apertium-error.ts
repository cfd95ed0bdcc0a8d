import { excerpt } from '@paradigm/core';

/** Where in a .dix file something is (1-based line and column, columns in code points). */
export interface DixPosition {
  readonly line: number;
  readonly column: number;
}

/** One problem found in a .dix file: the element it concerns, where it is, and what to do about it. */
export interface DixProblem extends DixPosition {
  /** The element as written, e.g. `<par n="house__n">`, or `XML` for a well-formedness error. */
  readonly element: string;
  readonly message: string;
  /** Set on a pardef or entry past the form limit for one entry, which a higher limit lets through. */
  readonly pastFormLimit?: true;
}

/**
 * A .dix file that cannot be imported. Carries every problem found (an import never stops at the first
 * undefined pardef), each naming the file, line, column and element, so all can be fixed in one go.
 */
export class ApertiumDixError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly DixProblem[],
  ) {
    // A long element (a name of a million characters) is shown in part.
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${excerpt(p.element)}: ${p.message}`).join('\n'));
    this.name = 'ApertiumDixError';
  }

  /** Some problem is a pardef or entry past the form limit, which a higher limit lets through. */
  get pastFormLimit(): boolean {
    return this.problems.some((problem) => problem.pastFormLimit === true);
  }
}
