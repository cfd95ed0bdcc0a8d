import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

// The server checks COPY rows as they arrive, so it may refuse one after the client sent its last chunk
// and before it ends the COPY: the refusal is the COPY's error, with its SQLSTATE, and the session is
// usable again after ROLLBACK. (The stream had already let go of its connection, so ending it then threw
// "Cannot read properties of null (reading 'stream')", and `recompute --all` failed with that instead of
// failing the refused lexeme alone.)
describe('postgres: a COPY refused after its last chunk was sent', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await withConnection(db, (conn) => conn.query("CREATE TABLE checked (word text CHECK (word <> 'refused'))"));
  });
  afterAll(() => db.close());

  it('fails with the server\'s refusal, and the session goes on after ROLLBACK', async () => {
    await withConnection(db, async (conn) => {
      const pid = (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await conn.query('BEGIN');
      const copied = conn.copyFrom('COPY checked (word) FROM STDIN', (async function* () {
        yield 'kept\nrefused\n';
        // The source ends only once the server has refused the row: its session shows the aborted transaction.
        await withConnection(db, async (observer) => {
          for (;;) {
            const { rows } = await observer.query<{ state: string }>('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid]);
            if (rows[0]?.state === 'idle in transaction (aborted)') return;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        });
      })());
      await expect(copied).rejects.toMatchObject({ code: '23514', message: expect.stringContaining('violates check constraint "checked_word_check"') });
      await conn.query('ROLLBACK');
      expect((await conn.query('SELECT count(*)::int AS n FROM checked')).rows).toEqual([{ n: 0 }]);
    });
  });
});
