import { type Database, type LexiconForms, lockInThisDatabase, replaceLexicon, SQL_STATE, sqlState, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { REBUILD_LOCK } from '../src/rebuild/rebuild-forms';
import { lexemes, PATTERNS } from './support/lexicon';

/** Forms written with the lexicon, here none: what makes the replace take the rebuild lock before the lexicon's. */
const NO_FORMS: LexiconForms = { begin: async () => undefined, chunk: async () => undefined, end: async () => undefined };

const until = async (condition: () => Promise<boolean>) => {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
};

// Between its tries for the lexicon's tables a replace waits outside the server's lock queue. When the
// transaction it waits for then waits for a lock the replace took before those tables (an import's
// rebuild lock), neither would ever move, and the server, which checks only sessions waiting in its
// queue, would not see the cycle. The replace sees it and asks for its locks in the queue, where the
// server's deadlock check ends the cycle by failing one of the two: here both end, and the lexicon is
// the replaced one. PostgreSQL only: PGlite has one session.
describe('a replace whose holder waits for a lock the replace holds', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(3) });
  });
  afterAll(() => db.close());

  it('does not wait forever: the server ends the cycle, and the replace commits', async () => {
    let replacing!: Promise<unknown>;
    const holderOutcome = await withConnection(db, async (holder) => {
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM forms');
      replacing = replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) }, { forms: NO_FORMS });
      const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      // The replace holds the rebuild lock and has tried for the tables, which the holder holds.
      await until(async () =>
        withConnection(db, async (conn) => {
          const { rows } = await conn.query<{ held: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> $1 AND ((classid::bigint << 32) | objid::bigint) = $2 AND ${lockInThisDatabase()}) AS held`,
            [holderPid, REBUILD_LOCK],
          );
          return rows[0]!.held;
        }),
      );
      const outcome = await holder.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]).then(
        () => 'locked',
        (error: unknown) => (sqlState(error) === SQL_STATE.deadlockDetected ? 'deadlock detected' : error),
      );
      await holder.query(outcome === 'locked' ? 'COMMIT' : 'ROLLBACK');
      return outcome;
    });
    await replacing;
    expect(['locked', 'deadlock detected']).toContain(holderOutcome);
    const lemmas: string[] = [];
    for await (const batch of streamLexemes(db, { batchSize: 1000 })) lemmas.push(...batch.map((lexeme) => lexeme.lemma));
    expect(lemmas).toEqual(lexemes(5).map((lexeme) => lexeme.lemma));
  }, 120_000);
});
