import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

// PostgreSQL only: PGlite runs in-process and has no server session another connection could end.
describe('postgres: the server ends a held connection while it is idle between statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 2 });
  });
  afterAll(() => db.close());

  it('the process survives, the next statement names the database, the pool hands out a new working connection', async () => {
    const held = await db.acquire();
    const { rows } = await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const pid = rows[0]!.pid;
    await withConnection(db, async (other) => {
      expect((await other.query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [pid])).rows).toEqual([{ ok: true }]);
      // The backend sends its FATAL message before it exits: once it is gone from pg_stat_activity the
      // message is on our socket, and one more turn of the event loop delivers it to the idle client.
      while ((await other.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rows.length > 0);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));

    const lost = `Lost the database ${db.description}: the server ended the session while the connection was idle between statements (terminating connection due to administrator command). ` +
      'Nothing after the last completed statement was saved (an open transaction was rolled back by the server). Check that PostgreSQL is running, then retry with a new connection.';
    await expect(held.query('SELECT 1')).rejects.toThrow(lost);
    await expect(held.transaction((tx) => tx.query('SELECT 1'))).rejects.toThrow(lost);
    await expect(held.query('SELECT 1')).rejects.toMatchObject({ cause: { code: '57P01' } });
    held.release();

    for (let i = 0; i < 2; i += 1) {
      await withConnection(db, async (conn) => {
        const next = await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        expect(next.rows[0]!.pid).not.toBe(pid);
      });
    }
  });
});
