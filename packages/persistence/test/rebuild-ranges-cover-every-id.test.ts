import { claimRebuildRange, type Database, joinRebuild, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

const RANGES_SQL = 'SELECT lo, hi, state FROM forms_rebuild_ranges ORDER BY lo';

describe('PostgreSQL: the ranges of a shared rebuild', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
  });
  afterAll(() => db.close());

  const ranges = () => withConnection(db, async (conn) => (await conn.query(RANGES_SQL)).rows);
  const join = async (rangeLexemes: number) => (await withConnection(db, (conn) => joinRebuild(conn, rangeLexemes, async () => undefined))).state;
  let rebuild = '';

  it('are one range of every integer id when there is no lexeme', async () => {
    expect(await join(2)).toBe('started');
    expect(await ranges()).toEqual([{ lo: -2147483648, hi: 2147483647, state: 'pending' }]);
  });

  it('split the lexemes by count and leave no id between or around them uncovered; a second process joins them', async () => {
    await withConnection(db, (conn) => conn.query("INSERT INTO lexemes (id, lemma) VALUES (-2147483648, 'a'), (5, 'b'), (6, 'c'), (7, 'd'), (100, 'e')"));
    // The rebuild registered above is still open: a new one starts only after it is given up.
    expect(await join(2)).toBe('joined');
    await withConnection(db, (conn) => conn.query('DELETE FROM forms_rebuild'));
    expect(await join(2)).toBe('started');
    rebuild = (await withConnection(db, (conn) => conn.query<{ id: string }>('SELECT rebuild_id::text AS id FROM forms_rebuild'))).rows[0]!.id;
    expect(await ranges()).toEqual([
      { lo: -2147483648, hi: 5, state: 'pending' },
      { lo: 6, hi: 99, state: 'pending' },
      { lo: 100, hi: 2147483647, state: 'pending' },
    ]);
    expect(await join(2)).toBe('joined');
  });

  it('are claimed once each: a claim held open is skipped by the next one, and given back when its transaction ends', async () => {
    await withConnection(db, async (first) => {
      await withConnection(db, async (second) => {
        await first.query('BEGIN');
        expect(await claimRebuildRange(first, rebuild)).toEqual({ lo: -2147483648, hi: 5 });
        await second.query('BEGIN');
        expect(await claimRebuildRange(second, rebuild)).toEqual({ lo: 6, hi: 99 });
        await first.query('ROLLBACK');
        expect(await claimRebuildRange(second, rebuild)).toEqual({ lo: -2147483648, hi: 5 });
        await second.query('ROLLBACK');
        // A process of another (older) rebuild claims nothing of this one.
        await first.query('BEGIN');
        expect(await claimRebuildRange(first, String(Number(rebuild) - 1))).toBeUndefined();
        await first.query('ROLLBACK');
      });
    });
  });
});
