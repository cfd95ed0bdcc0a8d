import type { Connection } from '../connection/connection';
import { type Queryable, withConnection } from '../connection/with-connection';
import { type FormRows, rowCount } from './form-rows';
import type { FormBatch, FormWriter } from './form-writer';

/**
 * First key of the two-key advisory locks that guard one lexeme's forms (`pg_advisory_xact_lock(FORMS_LOCK_CLASS,
 * lexeme_id)`), so they cannot collide with other advisory locks in the same database.
 */
export const FORMS_LOCK_CLASS = 0x7061_7264; // "pard"

/**
 * Replaces every form of `lexemeIds` with `batch`, inside the caller's transaction `tx`:
 * per-lexeme advisory locks (taken in ascending id order in one statement, so two writers with
 * overlapping batches queue instead of deadlocking), then `DELETE` of the old forms, then
 * `writer.write`. Rows in `batch` should belong to `lexemeIds`. Resolves to the number of rows written.
 * If anything throws, the caller's transaction rolls back and the old forms stay.
 */
export async function replaceForms(tx: Connection, writer: FormWriter, lexemeIds: readonly number[], batch: FormRows | FormBatch): Promise<number> {
  const ids = [...new Set(lexemeIds)].sort((a, b) => a - b);
  if (ids.length > 0) {
    await lockLexemeForms(tx, ids);
    await tx.query('DELETE FROM forms WHERE lexeme_id = ANY($1::int[])', [ids]);
  }
  return rowCount(batch) === 0 ? 0 : writer.write(tx, batch);
}

/**
 * Takes the advisory locks of `lexemeIds`' forms in `tx` (held until it ends), in ascending id order in
 * one statement, as {@link replaceForms} does: a writer that must check something under the locks
 * before replacing takes them first (taking one again is free).
 */
export async function lockLexemeForms(tx: Connection, lexemeIds: readonly number[]): Promise<void> {
  const ids = [...new Set(lexemeIds)].sort((a, b) => a - b);
  // unnest yields the sorted array in order, so the locks are taken in that order.
  if (ids.length > 0) await tx.query('SELECT pg_advisory_xact_lock($1::int, id) FROM unnest($2::int[]) AS t(id)', [FORMS_LOCK_CLASS, ids]);
}

/**
 * {@link replaceForms} in a transaction of its own: on a {@link Database} (a connection is acquired and
 * released) or on a connection (nested as a savepoint if it is already in a transaction).
 */
export function replaceFormsInTransaction(target: Queryable, writer: FormWriter, lexemeIds: readonly number[], batch: FormRows | FormBatch): Promise<number> {
  return withConnection(target, (conn) => conn.transaction((tx) => replaceForms(tx, writer, lexemeIds, batch)));
}
