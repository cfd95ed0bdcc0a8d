import { type Database, type SqlQuery, withConnection } from '@paradigm/persistence';

/** Runs one parameterised statement on a connection taken for it; resolves to its rows. */
export async function runQuery<R>(db: Database, query: SqlQuery): Promise<R[]> {
  return (await withConnection(db, (conn) => conn.query<R>(query.text, query.values))).rows;
}
