import { type Database, openDatabase } from '@paradigm/persistence';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { query } from '../../src/testing';

/**
 * The server checks a lock wait for a cycle once, `deadlock_timeout` after the wait began, and fails the
 * session that finds one. In a test where a replace begins to wait before another session closes a cycle,
 * the replace must be the one failed, so its check has to come after that session's next statement: the
 * replace runs on a handle of its own whose sessions check after 5 s, the other sessions after a minute.
 * (With the server's default 1 s for both, a loaded machine could take longer than that between the two,
 * and the other session was failed instead.)
 */
export const OTHER_SESSION_DEADLOCK_TIMEOUT_SQL = "SET deadlock_timeout = '60s'";

/** A second handle on the PostgreSQL test database `name` (of `db`), for the replace: its sessions check for deadlocks after 5 s. */
export async function openReplaceHandle(db: Database, name: string): Promise<Database> {
  const url = testDatabaseUrl(name);
  await query(db, `ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET deadlock_timeout = '5s'`);
  return openDatabase({ dialect: 'postgres', url, maxConnections: 2, migrate: false });
}
