/**
 * Moves `table`'s identity sequence past the ids a load or import wrote itself, so that plain INSERTs
 * still work: the next value is the largest id + 1, or 1 for an empty table. Set as "the largest id,
 * already taken" rather than "the next one, not yet taken", which would pass the column's range when a
 * lexicon holds the largest id there is (2147483647; the next INSERT then fails, as the sequence is used up).
 */
export function movePastIdsSql(table: 'lexemes' | 'patterns'): string {
  return `SELECT CASE WHEN max(id) IS NULL THEN setval(pg_get_serial_sequence('${table}', 'id'), 1, false) ELSE setval(pg_get_serial_sequence('${table}', 'id'), max(id), true) END FROM ${table}`;
}
