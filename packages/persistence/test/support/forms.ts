import type { Connection, FormRows, FormWriter, Queryable } from '@paradigm/persistence';
import { withConnection } from '@paradigm/persistence';

/** One forms row as the tests compare them. */
export type FormRow = [lexemeId: number, patternId: number, cell: string, form: string];

/** `rows` added to new rows of `writer`, ready to write. */
export function rowsOf(writer: FormWriter, rows: readonly FormRow[]): FormRows {
  const out = writer.newRows();
  for (const [lexemeId, patternId, cell, form] of rows) out.add(lexemeId, patternId, cell, form);
  return out;
}

/** The whole forms table, in a total order. */
export function readForms(target: Queryable): Promise<FormRow[]> {
  return withConnection(target, async (conn: Connection) => {
    const { rows } = await conn.query<{ lexeme_id: number; pattern_id: number; cell: string; form: string }>(
      'SELECT lexeme_id, pattern_id, cell, form FROM forms ORDER BY lexeme_id, pattern_id, cell COLLATE "C", form COLLATE "C"',
    );
    return rows.map((r) => [r.lexeme_id, r.pattern_id, r.cell, r.form] as FormRow);
  });
}

/** Sorts rows the way {@link readForms} returns them (byte order of the text columns, as with COLLATE "C"). */
export function sortRows(rows: readonly FormRow[]): FormRow[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1] || cmp(a[2], b[2]) || cmp(a[3], b[3]));
}
