import type { Paradigm } from '@paradigm/persistence';
import { fieldText } from './field-text';

/** Width of `text` in code points (what a terminal shows for precomposed text). */
function width(text: string): number {
  return Array.from(text).length;
}

/** Rows of cells padded into columns two spaces apart, trailing spaces trimmed. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ').trimEnd());
}

/** `katab (lexeme 1; root k-t-b; gloss write)`. */
function heading(paradigm: Paradigm): string {
  const parts = [`lexeme ${paradigm.id}`];
  if (paradigm.stem !== null) parts.push(`stem ${fieldText(paradigm.stem)}`);
  if (paradigm.root !== null) parts.push(`root ${paradigm.root.map(fieldText).join('-')}`);
  if (paradigm.gloss !== null) parts.push(`gloss ${fieldText(paradigm.gloss)}`);
  return `${fieldText(paradigm.lemma)} (${parts.join('; ')})`;
}

/**
 * A paradigm as a table: one row per cell, in the order the forms were generated (the author's rule
 * order, pattern by pattern), one column per pattern the lexeme takes; several forms of one cell are
 * joined with ", ", a cell a pattern does not fill is "-"; text that would break the table (a tab, a
 * line break) is quoted ({@link fieldText}). Then what the reader must know: the lexeme is queued (the
 * forms predate its last change) or its last recompute failed.
 */
export function paradigmTable(paradigm: Paradigm): string {
  const cells: string[] = [];
  const byCell = new Map<string, Map<string, string[]>>();
  for (const form of paradigm.forms) {
    let row = byCell.get(form.cell);
    if (!row) byCell.set(form.cell, (row = new Map())), cells.push(form.cell);
    row.set(form.pattern, [...(row.get(form.pattern) ?? []), fieldText(form.form)]);
  }
  const lines = [heading(paradigm)];
  if (paradigm.forms.length > 0) {
    const table = [['cell', ...paradigm.patterns], ...cells.map((cell) => [fieldText(cell), ...paradigm.patterns.map((p) => byCell.get(cell)!.get(p)?.join(', ') ?? '-')])];
    lines.push(...alignColumns(table));
  } else lines.push(`no forms stored (patterns: ${paradigm.patterns.join(' ') || 'none'})`);
  if (paradigm.failure !== null) lines.push(`last recompute failed, older forms kept: ${paradigm.failure}`);
  if (paradigm.queued) lines.push('queued for recompute: these forms predate the lexeme\'s last change');
  return `${lines.join('\n')}\n`;
}
