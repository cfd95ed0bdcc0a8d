import { claimLexemes, claimPatternChanges, type Connection, type Database, type LexemeClaim, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

/**
 * A lexeme (or pattern) already queued, edited again in a transaction that has not committed yet: a
 * worker that claimed the queue row now would read the lexicon without that edit, and once the edit
 * commits nothing would be queued for it. So the edit's trigger holds the row until it commits, and a
 * claim (`SKIP LOCKED`) passes it by until then. Only on PostgreSQL: PGlite has one connection, so no
 * claim can run beside an open edit.
 */
describe('postgres: an edit of a lexeme or pattern that is queued already holds its queue row until it commits', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    await withConnection(db, async (conn) => {
      await conn.query("INSERT INTO patterns (id, name, source, compiled_hash) VALUES (1, 'p', 'pattern p\nrule => X\n', 'h1'), (2, 'q', 'pattern q\nrule => Y\n', 'h2')");
      await conn.query("INSERT INTO lexemes (id, lemma) VALUES (1, 'cat'), (2, 'dog')");
      await conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (1, 1, 0), (2, 1, 0)');
    });
  });
  afterAll(() => db.close());
  beforeEach(() => withConnection(db, (conn) => conn.query('TRUNCATE recompute_queue, recompute_pattern_queue')));

  /** The lexemes a worker's claim takes now (given back at once). */
  const claimableLexemes = () =>
    withConnection(db, async (conn) => {
      const claim = claimLexemes(10);
      await conn.query('BEGIN');
      try {
        return (await conn.query<LexemeClaim>(claim.text, claim.values)).rows[0]!.lexeme_ids;
      } finally {
        await conn.query('ROLLBACK');
      }
    });
  /** The pattern changes a worker's claim takes now (given back at once). */
  const claimablePatternChanges = () =>
    withConnection(db, async (conn) => {
      const claim = claimPatternChanges(10);
      await conn.query('BEGIN');
      try {
        return (await conn.query<{ pattern_id: number; name: string }>(claim.text, claim.values)).rows;
      } finally {
        await conn.query('ROLLBACK');
      }
    });

  /** Runs `edit` in a transaction left open while `meanwhile` runs, then commits it. */
  async function whileOpen(edit: (tx: Connection) => Promise<unknown>, meanwhile: () => Promise<void>): Promise<void> {
    const conn = await db.acquire();
    try {
      await conn.query('BEGIN');
      await edit(conn);
      await meanwhile();
      await conn.query('COMMIT');
    } finally {
      conn.release();
    }
  }

  it.each([
    ['an update of the lexeme', (tx: Connection) => tx.query("UPDATE lexemes SET lemma = 'cats' WHERE id = 1")],
    ['a change of its pattern list', (tx: Connection) => tx.query('UPDATE lexeme_patterns SET pattern_id = 2 WHERE lexeme_id = 1')],
    ['its pattern links removed and added again', async (tx: Connection) => {
      await tx.query('DELETE FROM lexeme_patterns WHERE lexeme_id = 1');
      await tx.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (1, 1, 0)');
    }],
  ])('%s: the claim takes the other queued lexeme only, and the edited one once the edit commits', async (_what, edit) => {
    await withConnection(db, (conn) => conn.query('INSERT INTO recompute_queue (lexeme_id) VALUES (1), (2)'));
    await whileOpen(edit, async () => {
      expect(await claimableLexemes()).toEqual([2]);
    });
    expect(await claimableLexemes()).toEqual([1, 2]);
  });

  it('a pattern change: the claim of pattern changes passes it by until the edit commits', async () => {
    await withConnection(db, (conn) => conn.query("INSERT INTO recompute_pattern_queue (pattern_id, name) VALUES (1, 'p')"));
    await whileOpen(
      (tx) => tx.query("UPDATE patterns SET source = 'pattern p\nrule => Z\n' WHERE id = 1"),
      async () => {
        expect(await claimablePatternChanges()).toEqual([]);
      },
    );
    expect(await claimablePatternChanges()).toEqual([{ pattern_id: 1, name: 'p' }]);
  });
});
