import type { Database } from '@paradigm/persistence';
import { query } from '../../src/testing';

/** Sessions of this database waiting for a lock. */
const WAITING_SQL = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

/** Resolves once at least `sessions` sessions of `db`'s database wait for a lock (polled every 20 ms). */
export async function untilSessionsWait(db: Database, sessions: number): Promise<void> {
  while ((await query<{ n: number }>(db, WAITING_SQL))[0]!.n < sessions) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Resolves once `sessions` different sessions of `db`'s database have each been seen waiting for a lock
 * (polled every 20 ms), not necessarily at once: a replace waits for its locks in short tries, outside
 * the server's queue between them.
 */
export async function untilSessionsHaveWaited(db: Database, sessions: number): Promise<void> {
  const seen = new Set<number>();
  while (seen.size < sessions) {
    for (const { pid } of await query<{ pid: number }>(db, "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) seen.add(pid);
    if (seen.size < sessions) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once a session of `db`'s database waits for a lock on the table `table`. */
export async function untilASessionWaitsFor(db: Database, table: string): Promise<void> {
  const sql = "SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND NOT l.granted AND l.relation = $1::regclass";
  while ((await query<{ n: number }>(db, sql, [table]))[0]!.n === 0) await new Promise((resolve) => setTimeout(resolve, 20));
}
