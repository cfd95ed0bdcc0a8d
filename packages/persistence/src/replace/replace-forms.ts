import type { Connection } from '../connection/connection';
import { type Queryable, withConnection } from '../connection/with-connection';
import type { FormRows } from '../writers/form-rows';
import { lockLexemeForms } from './forms-locks';

/**
 * Replaces every form of `lexemeIds` with `rows`, inside the caller's transaction `tx`: the lexemes'
 * advisory locks ({@link lockLexemeForms}), then `DELETE` of their old forms, then `rows.write`. Rows
 * should belong to `lexemeIds`. Resolves to the number of rows written. If anything throws, the
 * caller's transaction rolls back and the old forms stay.
 */
export async function replaceForms(tx: Connection, lexemeIds: readonly number[], rows: FormRows): Promise<number> {
  if (lexemeIds.length > 0) {
    await lockLexemeForms(tx, lexemeIds);
    await tx.query('DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', [lexemeIds]);
  }
  return rows.count === 0 ? 0 : rows.write(tx);
}

/**
 * {@link replaceForms} in a transaction of its own: on a `Database` (a connection is acquired and
 * released) or on a connection (nested as a savepoint if it is already in a transaction).
 */
export function replaceFormsInTransaction(target: Queryable, lexemeIds: readonly number[], rows: FormRows): Promise<number> {
  return withConnection(target, (conn) => conn.transaction((tx) => replaceForms(tx, lexemeIds, rows)));
}
