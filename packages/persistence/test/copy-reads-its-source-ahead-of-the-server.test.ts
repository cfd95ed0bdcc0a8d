import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

// A COPY on PostgreSQL takes chunks from its source while the server has not read the earlier ones, up to
// megabytes of them, so that a writer computes its next rows while the server reads: the stream's own
// 16 KiB mark would stop the source at its first chunk. Here the server does not read at all until the
// table's lock is released.
const CHUNKS = 20;
const LINES_PER_CHUNK = 8 * 1024; // 16 KiB of "w\n"

describe('postgres: a COPY whose server has not started reading', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 3 });
    await withConnection(db, (conn) => conn.query('CREATE TABLE words (word text)'));
  });
  afterAll(() => db.close());

  it('takes every chunk of a source of 320 KiB from it at once, then writes them all', async () => {
    const held = await db.acquire();
    try {
      const pid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await withConnection(db, async (locker) => {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE words IN ACCESS EXCLUSIVE MODE');
        let pulled = 0;
        const chunk = Buffer.from('w\n'.repeat(LINES_PER_CHUNK));
        const source = (function* () {
          for (; pulled < CHUNKS; ) {
            pulled += 1;
            yield chunk;
          }
        })();
        const copied = held.copyFrom('COPY words (word) FROM STDIN', source);
        // The server has the statement and waits for the lock: it reads nothing of the data.
        await withConnection(db, async (other) => {
          while ((await other.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [pid])).rows.length === 0);
        });
        for (let turn = 0; turn < 10; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
        expect(pulled).toBe(CHUNKS);
        await locker.query('ROLLBACK');
        expect(await copied).toBe(CHUNKS * LINES_PER_CHUNK);
      });
      expect((await held.query<{ n: number }>('SELECT count(*)::int AS n FROM words')).rows).toEqual([{ n: CHUNKS * LINES_PER_CHUNK }]);
    } finally {
      held.release();
    }
  });
});
