import { generateLexeme, type Lexeme } from '@paradigm/core';
import type { Database, SqlQuery } from '@paradigm/persistence';
import type { GrammarCache } from './grammar-cache';
import { runQuery } from './run-query';

/** A lexeme as stored, with its patterns in order. */
export interface StoredLexeme {
  readonly id: number;
  readonly lemma: string;
  readonly stem: string | null;
  readonly root: readonly string[] | null;
  readonly gloss: string | null;
  readonly patterns: readonly { readonly id: number; readonly name: string }[];
}

/** A lexeme's paradigm: one row per cell, in the author's rule order, one column per pattern. */
export interface ParadigmTable {
  readonly lexeme: StoredLexeme;
  readonly rows: readonly { readonly cell: string; readonly forms: Readonly<Record<string, readonly string[]>> }[];
}

export function lexemeQuery(id: number): SqlQuery {
  return {
    text:
      'SELECT l.id, l.lemma, l.stem, l.root, l.gloss, ' +
      "coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY lp.position) " +
      'FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id WHERE lp.lexeme_id = l.id), \'[]\') AS patterns ' +
      'FROM lexemes l WHERE l.id = $1',
    values: [id],
  };
}

export function lexemeFormsQuery(id: number): SqlQuery {
  return { text: 'SELECT pattern_id AS "patternId", cell, form FROM forms WHERE lexeme_id = $1 ORDER BY pattern_id, cell, form', values: [id] };
}

/** The lexeme, or undefined when there is none with this id. */
export async function readLexeme(db: Database, id: number): Promise<StoredLexeme | undefined> {
  const [row] = await runQuery<StoredLexeme & { patterns: StoredLexeme['patterns'] | string }>(db, lexemeQuery(id));
  if (!row) return undefined;
  // PGlite returns json as text, pg as a parsed value.
  return { ...row, patterns: typeof row.patterns === 'string' ? JSON.parse(row.patterns) : row.patterns };
}

/** The stored lexeme as paradigm-core takes it. */
export function asCoreLexeme(lexeme: StoredLexeme): Lexeme {
  return {
    id: lexeme.id,
    lemma: lexeme.lemma,
    ...(lexeme.stem !== null ? { stem: lexeme.stem } : {}),
    ...(lexeme.root !== null ? { root: lexeme.root } : {}),
    ...(lexeme.gloss !== null ? { gloss: lexeme.gloss } : {}),
    patterns: lexeme.patterns.map((p) => p.id),
  };
}

/**
 * The stored forms of a lexeme as a table. Rows follow the order in which the stored grammar generates
 * the cells (the author's rule order, continuations after the rule that leads to them); cells the
 * grammar no longer makes (forms not yet recomputed) come last, in text order.
 */
export async function readParadigm(db: Database, grammars: GrammarCache, id: number): Promise<ParadigmTable | undefined> {
  const lexeme = await readLexeme(db, id);
  if (!lexeme) return undefined;
  const forms = await runQuery<{ patternId: number; cell: string; form: string }>(db, lexemeFormsQuery(id));
  const order = new Map<string, number>();
  const { grammar } = (await grammars.current()).result;
  for (const outcome of generateLexeme(grammar, asCoreLexeme(lexeme))) {
    if (outcome.kind === 'forms') for (const form of outcome.forms) if (!order.has(form.cell)) order.set(form.cell, order.size);
  }
  const rows = new Map<string, Record<string, string[]>>();
  for (const cell of [...new Set(forms.map((f) => f.cell))].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))) {
    rows.set(cell, {});
  }
  for (const form of forms) (rows.get(form.cell)![form.patternId] ??= []).push(form.form);
  return { lexeme, rows: [...rows].map(([cell, byPattern]) => ({ cell, forms: byPattern })) };
}
