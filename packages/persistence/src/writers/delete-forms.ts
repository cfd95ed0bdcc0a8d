import type { SqlQuery } from '../connection/sql-query';

/** `DELETE` of every form of `lexemeIds`: what a replace removes before writing (see `replaceForms`). */
export function deleteForms(lexemeIds: readonly number[]): SqlQuery {
  return { text: 'DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', values: [lexemeIds] };
}
