import type { Connection } from './connection';
import type { Database } from './database';

/** Either an open {@link Database} or a connection already taken from one. */
export type Queryable = Database | Connection;

/** Whether `target` is a database (connections are acquired from it), not a connection already taken. */
export function isDatabase(target: Queryable): target is Database {
  return typeof (target as Database).acquire === 'function';
}

/**
 * Runs `fn` on `target`: directly if it is a connection, else on a connection acquired for the call
 * and released after it, so a caller that passes a {@link Database} never holds PGlite's only
 * connection between calls.
 */
export async function withConnection<T>(target: Queryable, fn: (conn: Connection) => Promise<T>): Promise<T> {
  if (!isDatabase(target)) return fn(target);
  const conn = await target.acquire();
  try {
    return await fn(conn);
  } finally {
    conn.release();
  }
}
