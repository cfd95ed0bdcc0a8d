import { type Database, loadLexicon, type LockHolder, replaceLexicon, SQL_STATE, sqlState, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { untilTold, whileHeld } from './support/holder';
import { lexemes, PATTERNS } from './support/lexicon';

async function all(db: Database) {
  const out = [];
  for await (const batch of streamLexemes(db, { batchSize: 1000 })) out.push(...batch);
  return out;
}

// Waiting for its locks, a replace names the sessions that hold them once it has waited a few seconds,
// then waits on; a `lock_timeout` the session set still ends the wait. PostgreSQL only: PGlite has one session.
describe('replaceLexicon waiting for the lexicon', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(3) });
  });
  afterAll(() => db.close());

  it('names the holder once (not a session of another database), then takes the locks when it commits', async () => {
    const told: LockHolder[][] = [];
    let replaced!: Promise<unknown>;
    // Cloned from the same template, the other database's tables have the same relation ids.
    const other = await createTestDatabase('postgres', `${__filename}-other`);
    const holderPid = await whileHeld(other, () => whileHeld(db, async (pid) => {
      replaced = replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) }, { onLockWait: (holders) => told.push([...holders]) });
      await untilTold(told);
      return pid;
    })).finally(() => other.close());
    await replaced;
    expect(told.map((holders) => holders.map(({ pid, user, application, state, statement }) => ({ pid, user, application, state, statement })))).toEqual([
      [{ pid: holderPid, user: 'postgres', application: 'holder', state: 'idle in transaction', statement: 'SELECT pg_backend_pid() AS pid' }],
    ]);
    expect(told[0]![0]!.seconds).toBeGreaterThanOrEqual(2);
    expect(await all(db)).toEqual(lexemes(5));
  }, 120_000);

  it('names the holder for a load that replaces the lexicon too', async () => {
    const told: number[][] = [];
    let loaded!: Promise<unknown>;
    const holderPid = await whileHeld(db, async (pid) => {
      const input = { patterns: PATTERNS.map(({ name, source }) => ({ name, source })), lexemes: [{ id: 1, lemma: 'only', patterns: [PATTERNS[0]!.name] }] };
      loaded = loadLexicon(db, input, { replace: true, onLockWait: (holders) => told.push(holders.map((holder) => holder.pid)) });
      await untilTold(told);
      return pid;
    });
    await loaded;
    expect(told).toEqual([[holderPid]]);
    expect((await all(db)).map((lexeme) => lexeme.lemma)).toEqual(['only']);
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) });
  }, 120_000);

  it("keeps the session's own lock_timeout, and leaves the lexicon as it was when it ends the wait", async () => {
    const told: LockHolder[][] = [];
    const failure = await whileHeld(db, () =>
      withConnection(db, async (conn) => {
        await conn.query("SET lock_timeout = '500ms'");
        return replaceLexicon(conn, { patterns: PATTERNS, lexemes: lexemes(2) }, { onLockWait: (holders) => told.push([...holders]) }).then(
          () => undefined,
          (error: unknown) => error,
        );
      }),
    );
    expect(sqlState(failure)).toBe(SQL_STATE.lockNotAvailable);
    expect(told).toEqual([]);
    expect(await all(db)).toEqual(lexemes(5));
  }, 120_000);
});
