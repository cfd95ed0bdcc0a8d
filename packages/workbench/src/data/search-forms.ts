import { ANALYSIS, type Database, FORM_KEY_ORDER, formPrefixRange, type SqlQuery } from '@paradigm/persistence';
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
  /** The analysis tape: the form's own, else the lexeme's gloss, else its lemma. */
  readonly analysis: string;
}

/** A page of {@link FormHit}s and whether more follow. */
export interface SearchPage {
  readonly forms: readonly FormHit[];
  readonly more: boolean;
}

/**
 * Forms starting with `prefix`, `limit + 1` rows from `offset` (the extra row tells whether more follow),
 * in code point order: persistence's range of form keys, read in index order, so the scan stops after
 * the page (p95 on 3.2M fr_FR forms in `benchmarks/workbench-search.json`).
 */
export function searchFormsQuery(prefix: string, limit: number, offset: number): SqlQuery {
  const range = formPrefixRange(prefix, 3);
  return {
    text:
      `SELECT f.form, f.lexeme_id AS "lexemeId", l.lemma, f.cell, f.pattern_id AS "patternId", p.name AS pattern, ${ANALYSIS} AS analysis ` +
      `FROM (SELECT form, lexeme_id, pattern_id, cell, analysis FROM forms WHERE ${range.condition} ` +
      `ORDER BY ${FORM_KEY_ORDER}, form COLLATE "C", lexeme_id, pattern_id, cell COLLATE "C" LIMIT $1 OFFSET $2) f ` +
      'JOIN lexemes l ON l.id = f.lexeme_id LEFT JOIN patterns p ON p.id = f.pattern_id ' +
      'ORDER BY f.form COLLATE "C", f.lexeme_id, f.pattern_id, f.cell COLLATE "C"',
    values: [limit + 1, offset, ...range.values],
  };
}

/** Runs {@link searchFormsQuery}. */
export async function searchForms(db: Database, prefix: string, limit: number, offset: number): Promise<SearchPage> {
  const rows = await runQuery<FormHit>(db, searchFormsQuery(prefix, limit, offset));
  return { forms: rows.slice(0, limit), more: rows.length > limit };
}
