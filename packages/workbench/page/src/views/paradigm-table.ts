import { h } from '../dom';

/** One column per pattern (by name), one row per cell (in the order given), the forms of each in its slot. */
export function paradigmTable(
  caption: string,
  patterns: readonly string[],
  rows: readonly { cell: string; forms: Readonly<Record<string, readonly string[]>> }[],
): HTMLTableElement {
  return h('table', { className: 'paradigm' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Cell'), patterns.map((p) => h('th', { scope: 'col' }, p)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row', className: 'cell' }, r.cell), patterns.map((p) => h('td', { className: 'form' }, (r.forms[p] ?? []).join(', ')))))));
}
