import type { SqlQuery } from '../connection/sql-query';

/**
 * A lexeme's row version: the `xmin` (creating transaction) of its `lexemes` row and of each of its
 * `lexeme_patterns` rows in position order. Any committed change to what generates the lexeme's forms
 * (an UPDATE, a DELETE and re-INSERT, a link added, removed or changed) makes a new row version with
 * another `xmin`, so the string differs; a no-op UPDATE changes it too (harmless: the lexeme is only
 * recomputed once more). `l` is the `lexemes` row.
 */
export const LEXEME_VERSION_SQL =
  "l.xmin::text || '/' || coalesce((SELECT string_agg(lp.xmin::text, ' ' ORDER BY lp.position) FROM lexeme_patterns lp WHERE lp.lexeme_id = l.id), '')";

/** Which lexemes {@link changedLexemes} compares: every lexeme with `after < id <= last`, or those of `ids`. */
export type LexemeScope = { readonly after: number; readonly last: number } | { readonly ids: readonly number[] };

/**
 * The lexemes of `scope` whose row version now differs from the one seen (`seenIds[i]` had
 * `seenVersions[i]`; `null` for an id that did not exist): changed, deleted, or created since (for a
 * range, also a lexeme that was not seen at all). Run it under the lexemes' advisory locks, after the
 * statement that took them, so no writer of their forms can commit in between. One row per id.
 */
export function changedLexemes(scope: LexemeScope, seenIds: readonly number[], seenVersions: readonly (string | null)[]): SqlQuery {
  const current =
    'ids' in scope
      ? { where: 'l.id = ANY($3::int[])', values: [scope.ids] }
      : { where: 'l.id > $3::bigint AND l.id <= $4::bigint', values: [scope.after, scope.last] };
  return {
    text:
      `SELECT coalesce(c.id, s.id) AS id FROM (SELECT l.id, ${LEXEME_VERSION_SQL} AS version FROM lexemes l WHERE ${current.where}) c ` +
      'FULL JOIN unnest($1::int[], $2::text[]) AS s(id, version) ON s.id = c.id ' +
      'WHERE c.version IS DISTINCT FROM s.version ORDER BY 1',
    values: [seenIds, seenVersions, ...current.values],
  };
}
