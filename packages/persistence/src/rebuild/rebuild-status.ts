import type { Connection } from '../connection/connection';
import { REBUILD_LOCK_KEY, rebuildLockHeldSql } from './rebuild-forms';

/**
 * A rebuild of `forms` that is registered: a one-process one (`recompute --all`, or a `run` that found
 * most of the lexicon queued) whose session `pid` lives, or a shared one (`recompute --all --shared`)
 * with `rangesDone` of its `ranges` copied, whose processes may all be gone (the next such run resumes
 * it). Readers see the old forms until it swaps. `startedAt` is when it registered, to the second.
 */
export type RebuildStatus =
  | { readonly kind: 'one-process'; readonly pid: number; readonly startedAt: string }
  | { readonly kind: 'shared'; readonly ranges: number; readonly rangesDone: number; readonly startedAt: string };

/**
 * The registered rebuild, if any; a one-process registration whose session no longer holds the rebuild
 * lock is none (its process died; `forgetDeadRebuild` or the next rebuild forgets it). The lock, not the
 * session's pid, tells: a pid may be reused by another session, and every PGlite process's one session
 * has the same pid.
 */
export async function rebuildStatus(conn: Connection): Promise<RebuildStatus | null> {
  const { rows } = await conn.query<{ pid: number; startedAt: string; ranges: number; rangesDone: number; live: boolean }>(
    `SELECT r.backend_pid AS pid, date_trunc('second', r.started_at)::text AS "startedAt",
            (SELECT count(*) FROM forms_rebuild_ranges g WHERE g.rebuild_id = r.rebuild_id)::int AS ranges,
            (SELECT count(*) FROM forms_rebuild_ranges g WHERE g.rebuild_id = r.rebuild_id AND g.state = 'done')::int AS "rangesDone",
            ${rebuildLockHeldSql('r.backend_pid')} AS live
       FROM forms_rebuild r`,
    REBUILD_LOCK_KEY,
  );
  const row = rows[0];
  if (row === undefined) return null;
  if (row.ranges > 0) return { kind: 'shared', ranges: row.ranges, rangesDone: row.rangesDone, startedAt: row.startedAt };
  return row.live ? { kind: 'one-process', pid: row.pid, startedAt: row.startedAt } : null;
}
