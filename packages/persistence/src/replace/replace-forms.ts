import type { Connection } from '../connection/connection';
import { type Queryable, withConnection } from '../connection/with-connection';
import { deleteForms } from '../writers/delete-forms';
import type { FormRows } from '../writers/form-rows';
import { lockLexemeForms } from './forms-locks';

/** Options of {@link replaceForms}. */
export interface ReplaceFormsOptions {
  /** The transaction holds the lexemes' locks already (a queue claim takes them, see `claimLexemes`): skip that statement. */
  readonly locked?: boolean;
}

/**
 * Replaces every form of `lexemeIds` with `rows`, inside the caller's transaction `tx`: the lexemes'
 * advisory locks ({@link lockLexemeForms}) unless `options.locked`, then `DELETE` of their old forms
 * and the write of `rows`, as one statement for a small batch (see `FormRows.write`). Rows should
 * belong to `lexemeIds`. Resolves to the number of rows written. If anything throws, the caller's
 * transaction rolls back and the old forms stay.
 */
export async function replaceForms(tx: Connection, lexemeIds: readonly number[], rows: FormRows, options: ReplaceFormsOptions = {}): Promise<number> {
  if (lexemeIds.length === 0) return rows.count === 0 ? 0 : rows.write(tx);
  if (!options.locked) await lockLexemeForms(tx, lexemeIds);
  if (rows.count > 0) return rows.write(tx, lexemeIds);
  const deletion = deleteForms(lexemeIds);
  await tx.query(deletion.text, deletion.values);
  return 0;
}

/**
 * {@link replaceForms} in a transaction of its own: on a `Database` (a connection is acquired and
 * released) or on a connection (nested as a savepoint if it is already in a transaction).
 */
export function replaceFormsInTransaction(target: Queryable, lexemeIds: readonly number[], rows: FormRows): Promise<number> {
  return withConnection(target, (conn) => conn.transaction((tx) => replaceForms(tx, lexemeIds, rows)));
}
