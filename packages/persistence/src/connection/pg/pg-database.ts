import { Pool } from 'pg';
import type { PooledConnection } from '../connection';
import { PgConnection } from './pg-connection';

/** What `open-database.ts` needs from a PostgreSQL pool, without leaking `pg` types. */
export interface PgPool {
  acquire(): Promise<PooledConnection>;
  close(): Promise<void>;
}

/**
 * A `pg` pool of `maxConnections`. Errors connecting name the database (no password) and the fix.
 */
export function createPgPool(url: string, description: string, maxConnections: number): PgPool {
  const pool = new Pool({ connectionString: url, max: maxConnections });
  // An idle client losing its server emits 'error' on the pool; without a listener Node would crash the
  // process. The next acquire() reports the problem instead.
  pool.on('error', () => undefined);
  return {
    async acquire() {
      try {
        return new PgConnection(await pool.connect(), description);
      } catch (error) {
        throw new Error(
          `Cannot connect to PostgreSQL at ${description}: ${(error as Error).message}. ` +
            'Is PostgreSQL running? Start it, or set DATABASE_URL (environment or .env) to a reachable server, ' +
            'or unset it to use the embedded PGlite database.',
          { cause: error },
        );
      }
    },
    close: () => pool.end(),
  };
}
