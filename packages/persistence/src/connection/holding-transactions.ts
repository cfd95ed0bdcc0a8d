import type { Connection } from './connection';
import { GRANTED_ON_TABLES } from './lock-holders';

/**
 * The transactions of other sessions that hold (are granted) a lock on any of a set of tables, as
 * `pg_locks` shows them: live, where `pg_stat_activity` is read once per transaction. PostgreSQL only.
 */
export interface HoldingTransactions {
  /** Their backends' pids. */
  readonly pids: readonly number[];
  /** Their virtual transaction ids: a pid outlives its transaction (a pooled session runs the next one). */
  readonly transactions: readonly string[];
}

/** What these queries need of a session: a pooled connection, a transaction or a notification session. */
export type QuerySession = Pick<Connection, 'query'>;

export async function holdingTransactions(conn: QuerySession, tables: readonly string[]): Promise<HoldingTransactions> {
  const { rows } = await conn.query<HoldingTransactions>(
    `SELECT coalesce(array_agg(DISTINCT l.pid), '{}') AS pids, coalesce(array_agg(DISTINCT l.virtualtransaction), '{}') AS transactions
       FROM pg_locks l WHERE ${GRANTED_ON_TABLES} AND l.pid <> pg_backend_pid()`,
    [tables],
  );
  return rows[0]!;
}

/** Whether any of `holding`'s transactions is still running (it holds its own virtual transaction id's lock until it ends). */
export async function stillHolding(conn: QuerySession, holding: HoldingTransactions): Promise<boolean> {
  const { rows } = await conn.query<{ holding: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_locks WHERE virtualtransaction = ANY ($1::text[])) AS holding', [holding.transactions]);
  return rows[0]!.holding;
}

/**
 * Whether one of `holding`, or a session it waits for however indirectly, waits for a lock this
 * session holds: then this session waiting for it is a cycle that only the server's deadlock check,
 * run on a session waiting in its lock queue, can end.
 */
export async function waitsForThisSession(conn: Connection, holding: HoldingTransactions): Promise<boolean> {
  const { rows } = await conn.query<{ waits: boolean }>(
    `WITH RECURSIVE waiting (pid) AS (SELECT unnest($1::int[]) UNION SELECT unnest(pg_blocking_pids(w.pid)) FROM waiting w) ` +
      `SELECT pg_backend_pid() IN (SELECT pid FROM waiting) AS waits`,
    [holding.pids],
  );
  return rows[0]!.waits;
}
