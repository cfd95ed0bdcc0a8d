import { type Database, withConnection } from '@paradigm/persistence';

/**
 * Runs `during` while another session (`application_name` 'holder') holds a transaction that has read
 * `lexemes`, left open as a psql session would; resolves to what `during` resolves to, given that
 * session's pid. The transaction commits afterwards.
 */
export async function whileHeld<T>(db: Database, during: (holderPid: number) => Promise<T>): Promise<T> {
  return withConnection(db, async (conn) => {
    await conn.query("SET application_name = 'holder'");
    await conn.query('BEGIN');
    await conn.query('SELECT count(*) FROM lexemes');
    const pid = (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    try {
      return await during(pid);
    } finally {
      await conn.query('COMMIT');
    }
  });
}

/** Resolves once `told` holds something, checking every 100 ms for at most a minute. */
export async function untilTold(told: readonly unknown[]): Promise<void> {
  for (let waited = 0; told.length === 0 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}
