import type { Connection } from './connection';
import { lockInThisDatabase } from './lock-in-this-database';

/** Another session holding a lock on a table, as `pg_stat_activity` shows it. */
export interface LockHolder {
  readonly pid: number;
  readonly user: string | null;
  /** `application_name`, or null when the client set none. */
  readonly application: string | null;
  /** `active`, `idle in transaction`, ... */
  readonly state: string | null;
  /** Seconds since its transaction (else its statement) began. */
  readonly seconds: number;
  /** Its current or last statement, cut to {@link STATEMENT_SHOWN} characters. */
  readonly statement: string;
}

/**
 * The condition on `pg_locks l` of a lock granted on one of the tables `$1` (a `regclass[]`) in this
 * database ({@link lockInThisDatabase}).
 */
export const GRANTED_ON_TABLES = `l.granted AND l.relation = ANY ($1::regclass[]) AND ${lockInThisDatabase('l')}`;

/** How much of a holder's statement is shown. */
const STATEMENT_SHOWN = 120;

/**
 * The sessions other than this one that hold (are granted) a lock on any of `tables`, the longest
 * running first. Lock waits have no other witness a user can act on: the holder is usually an open
 * transaction elsewhere (a psql session, a `pg_dump`), and naming it says what to end. PostgreSQL only
 * (PGlite has one session).
 */
export async function lockHolders(conn: Connection, tables: readonly string[]): Promise<LockHolder[]> {
  const { rows } = await conn.query<{ pid: number; user: string | null; application: string | null; state: string | null; seconds: number; statement: string | null }>(
    `SELECT a.pid, a.usename AS user, NULLIF(a.application_name, '') AS application, a.state,
            floor(extract(epoch FROM clock_timestamp() - coalesce(a.xact_start, a.query_start, clock_timestamp())))::int AS seconds,
            left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), ${STATEMENT_SHOWN}) AS statement
       FROM pg_stat_activity a
      WHERE a.pid <> pg_backend_pid()
        AND a.pid IN (SELECT l.pid FROM pg_locks l WHERE ${GRANTED_ON_TABLES})
      ORDER BY seconds DESC, a.pid`,
    [tables],
  );
  return rows.map((row) => ({ ...row, statement: row.statement ?? '' }));
}
