import type { Connection } from '../connection/connection';
import { REBUILD_LOCK, REBUILD_LOCK_HELD, REBUILD_LOCK_KEY } from './rebuild-forms';

/** A one-process rebuild's registration: a shared one has ranges, and is resumed rather than forgotten. */
const ONE_PROCESS_REGISTRATION = `FROM forms_rebuild r WHERE NOT EXISTS (SELECT 1 FROM forms_rebuild_ranges g WHERE g.rebuild_id = r.rebuild_id)`;

/**
 * Forgets a one-process rebuild whose process died before its transaction ended (killed, or its machine
 * gone): its registration, and the claims and edits noted for it since, which the triggers would
 * otherwise go on noting, row by row, until the next rebuild. A rebuild that runs holds
 * {@link REBUILD_LOCK} for its session, so a registration found with the lock free is dead; and the
 * lock, taken here for the transaction, keeps a new rebuild from registering meanwhile. Deleting the
 * registration first waits for the edits in flight (they hold it `FOR SHARE`), so their notes go too.
 * One read when there is nothing to forget. Resolves to whether a registration was forgotten.
 */
export async function forgetDeadRebuild(conn: Connection): Promise<boolean> {
  // The lock held by any session, this one too: the lock below would be granted to the session that
  // holds it (PGlite's one session, whose process may be rebuilding through it).
  const found = await conn.query(`SELECT 1 ${ONE_PROCESS_REGISTRATION} AND NOT ${REBUILD_LOCK_HELD}`, REBUILD_LOCK_KEY);
  if (found.rows.length === 0) return false;
  return conn.transaction(async (tx) => {
    const free = (await tx.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS free', [REBUILD_LOCK])).rows[0]!.free;
    if (!free) return false;
    const forgotten = await tx.query(`DELETE ${ONE_PROCESS_REGISTRATION} RETURNING 1`);
    if (forgotten.rows.length === 0) return false;
    await tx.query('DELETE FROM forms_rebuild_claims; DELETE FROM forms_rebuild_changes');
    return true;
  });
}
