import { plural } from '@paradigm/core';
import { formatProblem, type NativeProblem } from '@paradigm/lexicons';

/** Prints every problem, one per line, and returns how many are errors and warnings. */
export function reportProblems(problems: readonly NativeProblem[], stderr: (text: string) => void): { errors: number; warnings: number } {
  for (const problem of problems) stderr(`${formatProblem(problem)}\n`);
  return countProblems(problems);
}

/** How many of `problems` are errors and warnings. */
export function countProblems(problems: readonly NativeProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** `3 errors, 1 warning`. */
export function countText({ errors, warnings }: { errors: number; warnings: number }): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
