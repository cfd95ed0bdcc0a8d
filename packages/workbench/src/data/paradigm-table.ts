import { type Database, type Paradigm, readParadigm } from '@paradigm/persistence';

/** A lexeme's paradigm as a table: one row per cell in the author's order, one column per pattern (by name). */
export interface ParadigmTable {
  readonly lexeme: Omit<Paradigm, 'forms'>;
  readonly rows: readonly { readonly cell: string; readonly forms: Readonly<Record<string, readonly string[]>> }[];
}

/**
 * The stored paradigm of lexeme `id` (persistence's `readParadigm`, forms in the author's order) as a
 * table: a cell's row comes where its first form does; undefined when there is no such lexeme.
 */
export async function readParadigmTable(db: Database, id: number): Promise<ParadigmTable | undefined> {
  const [paradigm] = await readParadigm(db, String(id));
  if (!paradigm) return undefined;
  const rows = new Map<string, Record<string, string[]>>();
  for (const form of paradigm.forms) {
    if (!rows.has(form.cell)) rows.set(form.cell, {});
    (rows.get(form.cell)![form.pattern] ??= []).push(form.form);
  }
  const { forms: _forms, ...lexeme } = paradigm;
  return { lexeme, rows: [...rows].map(([cell, forms]) => ({ cell, forms })) };
}
