import type { Connection } from '../connection/connection';

/**
 * First key of the two-key advisory locks that guard one lexeme's forms (`pg_advisory_xact_lock(FORMS_LOCK_CLASS,
 * lexeme_id)`), so they cannot collide with other advisory locks in the same database (the full
 * rebuild's lock is a one-key lock, see `rebuild/rebuild-forms.ts`).
 */
export const FORMS_LOCK_CLASS = 0x7061_7264; // "pard"

// unnest yields the sorted array in order, so the locks are taken in that order.
const LOCK_FORMS_SQL = 'SELECT pg_advisory_xact_lock($1::int, id) FROM unnest($2::int[]) AS t(id)';

/**
 * Takes the advisory locks of `lexemeIds`' forms in `tx`, held until it ends: in ascending id order in
 * one statement, so two writers with overlapping batches queue instead of deadlocking. Every write of
 * a lexeme's forms takes them first (`replaceForms` does; a full recompute's page takes them
 * before it checks that what it computed is still current, then calls `replaceIdRange`); taking
 * one again in the same transaction is free.
 */
export async function lockLexemeForms(tx: Connection, lexemeIds: readonly number[]): Promise<void> {
  const ids = [...new Set(lexemeIds)].sort((a, b) => a - b);
  if (ids.length > 0) await tx.query(LOCK_FORMS_SQL, [FORMS_LOCK_CLASS, ids]);
}
