import type { SqlQuery } from '../connection/sql-query';
import { formMatches } from '../readers/form-key';
import { spellings } from './spellings';

/**
 * The exact lookup (`formMatches`) ignoring case (`lower()` on both sides). No index serves it: it reads the whole
 * forms table, which is why it is a flag and not the default.
 */
export function formEqualsIgnoringCase(column: string, param: string): string {
  return `lower(${column}) = lower(${param})`;
}

/** A form's analysis: its own tape, or (stored as NULL) the lexeme's gloss, else its lemma. SQL over `forms f` joined to `lexemes l`. */
export const ANALYSIS = 'coalesce(f.analysis, l.gloss, l.lemma)';

/**
 * Every analysis of `word`: lexeme, lemma, cell, pattern and analysis of each stored form equal to it
 * (composed or decomposed, see {@link spellings}), in the author's order.
 */
export function analyseFormQuery(word: string, options: { readonly ignoreCase?: boolean } = {}): SqlQuery {
  const values = spellings(word);
  const match = values.map((_, index) => (options.ignoreCase ? formEqualsIgnoringCase : formMatches)('f.form', `$${index + 1}`)).join(' OR ');
  return {
    text:
      `SELECT f.form, f.lexeme_id AS "lexemeId", l.lemma, f.cell, p.name AS pattern, ${ANALYSIS} AS analysis ` +
      `FROM forms f JOIN lexemes l ON l.id = f.lexeme_id JOIN patterns p ON p.id = f.pattern_id ` +
      `LEFT JOIN lexeme_patterns lp ON lp.lexeme_id = f.lexeme_id AND lp.pattern_id = f.pattern_id ` +
      `WHERE (${match}) ORDER BY f.lexeme_id, lp.position NULLS LAST, f.pattern_id, f.position`,
    values,
  };
}
