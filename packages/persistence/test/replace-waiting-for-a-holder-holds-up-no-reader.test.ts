import { type Database, type LockHolder, replaceLexicon, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { untilTold, whileHeld } from './support/holder';
import { lexemes, PATTERNS } from './support/lexicon';

async function lemmas(db: Database): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of streamLexemes(db, { batchSize: 1000 })) out.push(...batch.map((lexeme) => lexeme.lemma));
  return out;
}

// A lock request waiting in the server's queue makes every later request on the table wait behind it:
// a replace that waited there for a transaction left open stopped every reader of the lexicon until
// that transaction ended. The replace waits outside the queue between short tries, so a reader started
// while it waits reads the old lexicon at once. PostgreSQL only: PGlite has one session.
describe('a replace waiting for a transaction left open', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(3) });
  });
  afterAll(() => db.close());

  it('lets readers of the lexicon and the forms through, then replaces it once that transaction ends', async () => {
    const told: LockHolder[][] = [];
    let replaced = false;
    let replacing!: Promise<unknown>;
    const readWhileWaiting = await whileHeld(db, async () => {
      replacing = replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) }, { onLockWait: (holders) => told.push([...holders]) }).then(() => {
        replaced = true;
      });
      // Named: the replace has waited 3 s, and waits on.
      await untilTold(told);
      const read = await withConnection(db, async (conn) => {
        // Waiting behind the replace's request, the read would end here with an error.
        await conn.query("SET statement_timeout = '10s'");
        const counted = await conn.query<{ lexemes: number; forms: number }>('SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM forms)::int AS forms');
        await conn.query('RESET statement_timeout');
        return counted.rows[0];
      });
      return { read, replacedMeanwhile: replaced };
    });
    await replacing;
    expect(told).toHaveLength(1);
    expect(readWhileWaiting).toEqual({ read: { lexemes: 3, forms: 0 }, replacedMeanwhile: false });
    expect(await lemmas(db)).toEqual(lexemes(5).map((lexeme) => lexeme.lemma));
  }, 120_000);
});
