import type { Connection } from '../connection/connection';

/**
 * Whether a shared rebuild's ranges are registered (`recompute --all --shared`, running, or left for the
 * next such run to resume when every process of it is gone): a one-process rebuild registered now would
 * discard them (see `registerRebuild`). A one-process rebuild under way is no reason to hold back: another
 * one waits for it and then finds every form current (`rebuilt-meanwhile`).
 */
export async function sharedRebuildPending(conn: Connection): Promise<boolean> {
  const rows = await conn.query<{ pending: boolean }>('SELECT EXISTS (SELECT 1 FROM forms_rebuild_ranges) AS pending');
  return rows.rows[0]!.pending;
}
