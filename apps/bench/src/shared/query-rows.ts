import { type Database, withConnection } from '@paradigm/persistence';

/** The rows of one statement, on a connection of `db` taken for it. */
export async function queryRows<R = Record<string, unknown>>(db: Database, text: string, values?: readonly unknown[]): Promise<R[]> {
  return withConnection(db, async (conn) => (await conn.query<R>(text, values)).rows);
}
