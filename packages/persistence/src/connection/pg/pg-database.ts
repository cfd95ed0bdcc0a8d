import { Pool } from 'pg';
import type { ClientTimeouts } from '../client-timeouts';
import type { PooledConnection } from '../connection';
import type { DatabaseAddress } from '../database-url';
import { connectError } from './connect-error';
import { PgConnection } from './pg-connection';

/** What `open-database.ts` needs from a PostgreSQL pool, without leaking `pg` types. */
export interface PgPool {
  acquire(): Promise<PooledConnection>;
  /**
   * A connection without statement limits (no client query timeout, `statement_timeout = 0`), discarded
   * on release so the setting never reaches another user of the pool. For migrations, whose index
   * builds on a large table are legitimately long.
   */
  acquireUnbounded(): Promise<PooledConnection>;
  close(): Promise<void>;
}

/**
 * A `pg` pool of `maxConnections` with keep-alive on and the given timeouts. Errors connecting name
 * the database (no password), what happened and the fix.
 */
export function createPgPool(url: string, address: DatabaseAddress, maxConnections: number, timeouts: ClientTimeouts): PgPool {
  const pool = new Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveInitialDelayMs,
  });
  // An idle client losing its server emits 'error' on the pool; without a listener Node would crash the
  // process. The next acquire() reports the problem instead.
  pool.on('error', () => undefined);
  const connect = async (queryTimeoutMs: number) => {
    try {
      return new PgConnection(await pool.connect(), address.description, queryTimeoutMs);
    } catch (error) {
      throw connectError(error, address, timeouts.connectTimeoutMs);
    }
  };
  return {
    acquire: () => connect(timeouts.queryTimeoutMs),
    async acquireUnbounded() {
      const conn = await connect(0);
      conn.discardOnRelease();
      try {
        await conn.query('SET statement_timeout = 0');
      } catch (error) {
        conn.release();
        throw error;
      }
      return conn;
    },
    close: () => pool.end(),
  };
}
