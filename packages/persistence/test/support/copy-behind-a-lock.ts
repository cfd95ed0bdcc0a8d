import { type Connection, type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

/** Inside a Jest `describe`: a PostgreSQL test database holding one table, `words (word text)`. Call the result to get it. */
export function useWordsDatabase(file: string): () => Database {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', file, { maxConnections: 3 });
    await withConnection(db, (conn) => conn.query('CREATE TABLE words (word text)'));
  });
  afterAll(() => db.close());
  return () => db;
}

/** A COPY started by {@link copyBehindALock}: its outcome, its session's pid, and the session holding the lock. */
export interface CopyBehindALock<T> {
  readonly copied: Promise<T>;
  readonly pid: number;
  /** In a transaction holding `words` locked; `ROLLBACK` lets the COPY go on. */
  readonly locker: Connection;
}

/**
 * Starts `copy` on a session of its own while another holds `words` locked, and runs `then` once the
 * server has the COPY and waits for the lock: it answers the COPY only once it has the table, so it has
 * read none of the data. The lock goes when `then` ends, if `then` kept it.
 */
export async function copyBehindALock<T>(db: Database, copy: (conn: Connection) => Promise<T>, then: (started: CopyBehindALock<T>) => Promise<void>): Promise<void> {
  const held = await db.acquire();
  try {
    const pid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await withConnection(db, async (locker) => {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE words IN ACCESS EXCLUSIVE MODE');
      const copied = copy(held);
      await withConnection(db, async (other) => {
        while ((await other.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [pid])).rows.length === 0);
      });
      try {
        await then({ copied, pid, locker });
      } finally {
        await locker.query('ROLLBACK');
      }
    });
  } finally {
    held.release();
  }
}
