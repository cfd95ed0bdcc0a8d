import type { Connection, SqlQuery } from '@paradigm/persistence';

/** Runs one of persistence's SQL builders' `{ text, values }` on `conn`. */
export function runQuery<R = Record<string, unknown>>(conn: Connection, query: SqlQuery) {
  return conn.query<R>(query.text, query.values);
}
