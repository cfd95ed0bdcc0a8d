import { ANALYSIS, type Database, type SqlQuery } from '@paradigm/persistence';
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
 * How many characters of a form the forms index holds: persistence's migration 0004 indexes
 * `left(form, 512) COLLATE "C"` (so forms of any length are storable) and a query uses that index only
 * when it spells the same expression.
 */
export const FORM_KEY_LENGTH = 512;
const KEY = `left(form, ${FORM_KEY_LENGTH}) COLLATE "C"`;

/**
 * The last code point: in "C" order (code point order) every string that starts with `key` sorts
 * below `key + MAX_CODE_POINT` (U+10FFFF is a noncharacter, never in a form).
 */
const MAX_CODE_POINT = String.fromCodePoint(0x10ffff);

/**
 * Forms starting with `prefix`, `limit + 1` rows from `offset` (the extra row tells whether more follow),
 * in code point order. A range of index keys read in order, so the scan stops after the page (p95 on
 * 3.2M fr_FR forms in `benchmarks/workbench-search.json`). A prefix longer than the key is cut to it for
 * the range and checked whole with `starts_with`; for shorter ones that check is left out, because its
 * made-up selectivity turns the ordered index scan into a bitmap scan and a sort of every match
 * (measured: 192 ms instead of 20 ms for "ma" on those 3.2M forms).
 */
export function searchFormsQuery(prefix: string, limit: number, offset: number): SqlQuery {
  const points = Array.from(prefix);
  const key = points.slice(0, FORM_KEY_LENGTH).join('');
  const whole = points.length > FORM_KEY_LENGTH ? ' AND starts_with(form, $5)' : '';
  return {
    text:
      `SELECT f.form, f.lexeme_id AS "lexemeId", l.lemma, f.cell, f.pattern_id AS "patternId", p.name AS pattern, ${ANALYSIS} AS analysis ` +
      `FROM (SELECT form, lexeme_id, pattern_id, cell, analysis FROM forms WHERE ${KEY} >= $1 AND ${KEY} < $2${whole} ` +
      `ORDER BY ${KEY}, form COLLATE "C", lexeme_id, pattern_id, cell COLLATE "C" LIMIT $3 OFFSET $4) f ` +
      'JOIN lexemes l ON l.id = f.lexeme_id LEFT JOIN patterns p ON p.id = f.pattern_id ' +
      'ORDER BY f.form COLLATE "C", f.lexeme_id, f.pattern_id, f.cell COLLATE "C"',
    values: whole ? [key, key + MAX_CODE_POINT, limit + 1, offset, prefix] : [key, key + MAX_CODE_POINT, limit + 1, offset],
  };
}

/** Runs {@link searchFormsQuery}. */
export async function searchForms(db: Database, prefix: string, limit: number, offset: number): Promise<SearchPage> {
  const rows = await runQuery<FormHit>(db, searchFormsQuery(prefix, limit, offset));
  return { forms: rows.slice(0, limit), more: rows.length > limit };
}
