import type { Connection } from '../connection/connection';

/**
 * Whether a rebuild of `forms` is under way: a registration whose session lives (a `recompute --all`,
 * a `run`'s rebuild, or the process that registered a shared one), or a shared rebuild's ranges, which
 * the next `recompute --all --shared` resumes even when every process of it is gone. Its swap dequeues
 * what it computed, and another rebuild started beside it would discard a shared one's work (see
 * `registerRebuild`). A one-process registration whose session died is not under way: the next
 * rebuild forgets it.
 */
export async function rebuildUnderWay(conn: Connection): Promise<boolean> {
  const rows = await conn.query<{ under_way: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM forms_rebuild_ranges) OR EXISTS (SELECT 1 FROM forms_rebuild r JOIN pg_stat_activity a ON a.pid = r.backend_pid) AS under_way',
  );
  return rows.rows[0]!.under_way;
}
