// A load or a replace writes the ids it is given, then moves each identity sequence past them, so that a
// plain INSERT gets the next id. The largest id the column holds, 2147483647, loads too: the sequence is
// then used up, and a plain INSERT fails on it instead of the load failing.
import { type Database, loadLexicon, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

const LARGEST = 2147483647;
const PATTERNS = [{ name: 'noun', source: 'pattern noun\nrule => N;SG\n' }];
const lexeme = (id: number, lemma: string) => ({ id, lemma, patterns: ['noun'] });

/** A lexeme inserted without an id and the patterns' next id, rolled back: the ids the sequences give (taken for good), or the failure's SQLSTATE. */
async function plainInserts(db: Database): Promise<(number | string)[]> {
  return withConnection(db, async (conn) => {
    const out: (number | string)[] = [];
    await conn.query('BEGIN');
    for (const sql of ["INSERT INTO lexemes (lemma) VALUES ('new') RETURNING id", "SELECT nextval(pg_get_serial_sequence('patterns', 'id'))::int AS id"]) {
      await conn.query('SAVEPOINT plain');
      try {
        out.push((await conn.query<{ id: number }>(sql)).rows[0]!.id);
      } catch (error) {
        out.push((error as { code?: string }).code ?? String(error));
      }
      await conn.query('ROLLBACK TO SAVEPOINT plain');
    }
    await conn.query('ROLLBACK');
    return out;
  });
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a load moves the id sequences past the ids it wrote`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('replace: the next ids follow the largest loaded', async () => {
      await loadLexicon(db, { patterns: PATTERNS, lexemes: [lexeme(1, 'a'), lexeme(7, 'b')] }, { replace: true });
      expect(await plainInserts(db)).toEqual([8, 2]);
    });

    it('merge and replace of the largest id both load it; then the lexemes sequence is used up', async () => {
      const merged = await loadLexicon(db, { patterns: PATTERNS, lexemes: [lexeme(LARGEST, 'last')] });
      expect(merged.lexemes).toEqual({ added: 1, changed: 0, unchanged: 0 });
      expect(await plainInserts(db)).toEqual(['2200H', 2]);
      const replaced = await loadLexicon(db, { patterns: PATTERNS, lexemes: [lexeme(LARGEST, 'last')] }, { replace: true });
      expect(replaced.lexemes.added).toBe(1);
      expect(await plainInserts(db)).toEqual(['2200H', 2]);
    });

    it('an empty lexicon starts the sequences at 1', async () => {
      await loadLexicon(db, { patterns: [], lexemes: [] }, { replace: true });
      expect(await plainInserts(db)).toEqual([1, 1]);
    });
  });
}
