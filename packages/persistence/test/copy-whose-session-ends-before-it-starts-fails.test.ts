import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

// The server ends the session (a restart, pg_terminate_backend, a dropped network) after the client sent
// COPY and before the server's CopyInResponse: pg fails the COPY with the session's end. The COPY must
// reject with it. (It waited instead for an answer to a CopyFail that could never be sent: with nothing
// else to do, Node ended the process with exit code 0, and `paradigm seed` or `load` said nothing.)
describe('postgres: a COPY whose session ends before the server accepted it', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 3 });
    await withConnection(db, (conn) => conn.query('CREATE TABLE words (word text)'));
  });
  afterAll(() => db.close());

  it('rejects with the server\'s error for the ended session', async () => {
    const held = await db.acquire();
    try {
      const pid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await withConnection(db, async (locker) => {
        // The server answers COPY only once it has the table: held by another transaction, it never does.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE words IN ACCESS EXCLUSIVE MODE');
        // The chunk fills the stream's buffer, so the client waits for it to drain.
        const copied = held.copyFrom('COPY words (word) FROM STDIN', ['w\n'.repeat(100_000)]);
        await withConnection(db, async (other) => {
          while ((await other.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [pid])).rows.length === 0);
          await other.query('SELECT pg_terminate_backend($1)', [pid]);
        });
        await expect(copied).rejects.toMatchObject({ code: '57P01', message: 'terminating connection due to administrator command' });
        await locker.query('ROLLBACK');
      });
    } finally {
      held.release();
    }
  });
});
