import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { PooledConnection } from '../connection/connection';

/** Where migrations run: anything that lends connections, such as a `Database`. */
export interface MigrationTarget {
  /** The database, as its messages name it (a `Database`'s `description`). */
  readonly description: string;
  acquire(): Promise<PooledConnection>;
}

/**
 * A kysely instance for kysely's migrator and the migrations' schema builder, and nothing else: every
 * other query in this package is plain parameterised SQL on a `Connection`. kysely's own
 * PostgreSQL dialect (both our dialects speak PostgreSQL) borrows `target`'s connections as its pool's
 * clients, so a migration waits for PGlite's one connection like any other query; destroying the
 * instance leaves `target` open.
 */
export function migrationKysely(target: MigrationTarget): Kysely<unknown> {
  const pool: PostgresPool = {
    // A connection has `query(text, values)` and `release()`, all kysely's driver calls (it never uses a cursor here).
    connect: async () => (await target.acquire()) as unknown as PostgresPoolClient,
    end: async () => {},
  };
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
}
