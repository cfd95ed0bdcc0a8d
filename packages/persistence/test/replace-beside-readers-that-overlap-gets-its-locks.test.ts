import { type Database, replaceLexicon, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { lexemes, PATTERNS } from './support/lexicon';

const READERS = 3;
/** How long each reader's transaction holds the lexicon: longer than a replace's first tries for its locks. */
const READ_MS = 300;
/** How long the readers go on at most. */
const READING_MS = 30_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Readers whose transactions overlap, so that some reader always holds the lexicon, each for longer
// than a replace's first short tries for its locks: each try meets a reader that began before it. The
// replace must not wait for a moment when no reader holds the lexicon, which never comes: its tries
// grow as the readers it met end and others take their place, until the readers in flight end within
// one. PostgreSQL only: PGlite has one session.
describe('a replace beside readers that always hold the lexicon between them', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: READERS + 2 });
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(3) });
  });
  afterAll(() => db.close());

  it('takes its locks while they read on, and commits', async () => {
    let replaced = false;
    let reads = 0;
    const started = performance.now();
    const reader = (offset: number) =>
      withConnection(db, async (conn) => {
        await pause(offset);
        while (!replaced && performance.now() - started < READING_MS) {
          await conn.query('BEGIN');
          await conn.query('SELECT count(*) FROM lexemes');
          await conn.query(`SELECT pg_sleep(${READ_MS / 1000})`);
          await conn.query('COMMIT');
          reads++;
        }
      });
    const readers = Array.from({ length: READERS }, (_, i) => reader((i * READ_MS) / READERS));
    await pause(READ_MS);
    await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) });
    replaced = true;
    const readersStillOn = performance.now() - started < READING_MS;
    await Promise.all(readers);
    expect(readersStillOn).toBe(true);
    expect(reads).toBeGreaterThan(0);
    expect((await withConnection(db, (conn) => conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes'))).rows[0]!.n).toBe(5);
  }, 120_000);
});
