import type { Database, SqlQuery } from '@paradigm/persistence';
import { runQuery } from './run-query';

/** One search hit: a stored form and where it comes from. */
export interface FormHit {
  readonly form: string;
  readonly lexemeId: number;
  readonly lemma: string;
  readonly cell: string;
  readonly patternId: number;
  /** The pattern's name; null when the pattern was deleted and its forms not yet recomputed. */
  readonly pattern: string | null;
}

/** A page of {@link FormHit}s and whether more follow. */
export interface SearchPage {
  readonly forms: readonly FormHit[];
  readonly more: boolean;
}

/**
 * The last code point: every string that starts with `prefix` sorts below `prefix + MAX`, in code point
 * order, which is what the `C` and `C.UTF-8` collations compare by.
 */
const MAX_CODE_POINT = String.fromCodePoint(0x10ffff);

/**
 * Forms starting with `prefix`, `limit + 1` rows from `offset` (the extra row tells whether more follow).
 * A range on `form`, so the forms index is read in order and the scan stops after the page: the planner
 * cannot turn `LIKE 'x%'` into an index range under a `C.UTF-8` database collation. `starts_with` keeps
 * the answer right under a linguistic collation too, where the range alone could be wrong.
 */
export function searchFormsQuery(prefix: string, limit: number, offset: number): SqlQuery {
  return {
    text:
      'SELECT f.form, f.lexeme_id AS "lexemeId", l.lemma, f.cell, f.pattern_id AS "patternId", p.name AS pattern ' +
      'FROM (SELECT form, lexeme_id, pattern_id, cell FROM forms WHERE form >= $1 AND form < $2 AND starts_with(form, $1) ' +
      'ORDER BY form, lexeme_id, pattern_id, cell LIMIT $3 OFFSET $4) f ' +
      'JOIN lexemes l ON l.id = f.lexeme_id LEFT JOIN patterns p ON p.id = f.pattern_id ' +
      'ORDER BY f.form, f.lexeme_id, f.pattern_id, f.cell',
    values: [prefix, prefix + MAX_CODE_POINT, limit + 1, offset],
  };
}

/** Runs {@link searchFormsQuery}. */
export async function searchForms(db: Database, prefix: string, limit: number, offset: number): Promise<SearchPage> {
  const rows = await runQuery<FormHit>(db, searchFormsQuery(prefix, limit, offset));
  return { forms: rows.slice(0, limit), more: rows.length > limit };
}
