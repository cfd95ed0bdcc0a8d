import type { Form } from '@paradigm/core';

/**
 * One lexeme's forms as lt-expand prints an entry: unrestricted forms as `surface:analysis`, then LR
 * forms as `surface:>:analysis`, then RL forms as `surface:<:analysis`, each group in generation order.
 * Patterns from {@link parseApertium} already generate in that order; the grouping makes the formatter
 * right for any forms (e.g. read back from a database in generation order).
 */
export function formatLtExpand(forms: readonly Form[]): string[] {
  const both: string[] = [];
  const lr: string[] = [];
  const rl: string[] = [];
  for (const form of forms) {
    if (form.dir === 'both') both.push(`${form.surface}:${form.analysis}`);
    else if (form.dir === 'LR') lr.push(`${form.surface}:>:${form.analysis}`);
    else rl.push(`${form.surface}:<:${form.analysis}`);
  }
  return lr.length === 0 && rl.length === 0 ? both : [...both, ...lr, ...rl];
}
