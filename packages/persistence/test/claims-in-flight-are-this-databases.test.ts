import { claimsInFlight, type Database, type PooledConnection, type SqlQuery, stillHolding, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

/** A session of `db` in a transaction that holds the lexeme queue as a claim does; resolves to its virtual transaction id and a release. */
async function claimHeld(db: Database): Promise<{ id: string; release: () => Promise<void> }> {
  const conn: PooledConnection = await db.acquire();
  await conn.query('BEGIN');
  await conn.query('LOCK TABLE recompute_queue IN ROW EXCLUSIVE MODE');
  const { rows } = await conn.query<{ id: string }>("SELECT virtualtransaction AS id FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'virtualxid'");
  return {
    id: rows[0]!.id,
    release: async () => {
      await conn.query('COMMIT');
      conn.release();
    },
  };
}

function run<R>(db: Database, query: SqlQuery): Promise<R[]> {
  return withConnection(db, async (conn) => (await conn.query<R>(query.text, query.values)).rows);
}

/** The virtual transaction ids of the claims in flight that `db`'s sessions see. */
const inFlight = (db: Database) => withConnection(db, async (conn) => (await claimsInFlight(conn)).transactions);

/** Whether any of `transactions` still runs, as the new holder's watch asks. */
const stillRunning = (db: Database, transactions: string[]) => withConnection(db, (conn) => stillHolding(conn, { pids: [], transactions }));

const queueRelation = (db: Database) => run<{ oid: number }>(db, { text: "SELECT 'recompute_queue'::regclass::oid::int AS oid", values: [] });

// A new holder of the wake lock watches the claims in flight on its database's queue tables until they
// end. PostgreSQL only: PGlite has one session.
describe('the claims in flight a new wake-lock holder watches', () => {
  let db: Database;
  let other: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    other = await createTestDatabase('postgres', `${__filename}-other`);
  });
  afterAll(async () => {
    await db?.close();
    await other?.close();
  });

  it("are this database's, not those of another cloned from the same template (same relation ids), and end when they commit", async () => {
    // What makes the other database's transaction look like one of this database's to a filter on the relation id alone.
    expect(await queueRelation(other)).toEqual(await queueRelation(db));
    const elsewhere = await claimHeld(other);
    try {
      expect(await inFlight(db)).toEqual([]);
      const here = await claimHeld(db);
      let released = false;
      try {
        expect(await inFlight(db)).toEqual([here.id]);
        expect(await stillRunning(db, [here.id])).toBe(true);
        await here.release();
        released = true;
        expect(await stillRunning(db, [here.id])).toBe(false);
        expect(await inFlight(db)).toEqual([]);
      } finally {
        if (!released) await here.release();
      }
    } finally {
      await elsewhere.release();
    }
  });
});
