import type { Connection, Database, PooledConnection } from '@paradigm/persistence';

/**
 * The matrix writes into a `forms` table of its own, in this schema, created like the real one (same
 * columns and indexes), so it measures the real table's write path without touching the seeded forms.
 */
export const BENCH_SCHEMA = 'paradigm_bench';

/** (Re)creates `paradigm_bench.forms` like `public.forms`, including its indexes. */
export async function createBenchTable(conn: Connection): Promise<void> {
  await conn.query(`DROP SCHEMA IF EXISTS ${BENCH_SCHEMA} CASCADE`);
  await conn.query(`CREATE SCHEMA ${BENCH_SCHEMA}`);
  await conn.query(`CREATE TABLE ${BENCH_SCHEMA}.forms (LIKE public.forms INCLUDING ALL)`);
}

/** Drops the bench schema. */
export async function dropBenchTable(conn: Connection): Promise<void> {
  await conn.query(`DROP SCHEMA IF EXISTS ${BENCH_SCHEMA} CASCADE`);
}

/**
 * Runs `fn` on a connection of `db` whose unqualified `forms` is the bench table (search_path), and
 * restores the search_path before giving the connection back.
 */
export async function withBenchConnection<T>(db: Database, fn: (conn: PooledConnection) => Promise<T>): Promise<T> {
  const conn = await db.acquire();
  try {
    await conn.query(`SET search_path TO ${BENCH_SCHEMA}, public`);
    try {
      return await fn(conn);
    } finally {
      await conn.query('RESET search_path');
    }
  } finally {
    conn.release();
  }
}
