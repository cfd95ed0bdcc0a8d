import { escapeHtml } from './escape-html';
import { formatNumber } from './format-number';

/** A table cell: text as is, numbers through {@link formatNumber}, absent values as `-`. */
export type Cell = string | number | undefined;

/** Rows of cells under a header: a chart's numbers, or a table of its own. */
export interface DataTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

function cell(value: Cell): string {
  if (value === undefined) return '<td>-</td>';
  if (typeof value === 'number') return `<td class="num">${escapeHtml(formatNumber(value))}</td>`;
  return `<td>${escapeHtml(value)}</td>`;
}

/**
 * The table as HTML; `className` marks its role (`numbers` under a chart, `verdict`, ...) and
 * `rowClasses`, when given, each row's (a status the style sheet colours).
 */
export function renderTable(table: DataTable, className = '', rowClasses?: readonly string[]): string {
  const head = `<thead><tr>${table.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const tr = (i: number) => (rowClasses?.[i] ? `<tr class="${escapeHtml(rowClasses[i])}">` : '<tr>');
  const body = `<tbody>${table.rows.map((r, i) => `${tr(i)}${r.map(cell).join('')}</tr>`).join('')}</tbody>`;
  return `<table${className ? ` class="${escapeHtml(className)}"` : ''}>${head}${body}</table>`;
}
