import { type Database, loadLexicon, lockInThisDatabase, PatternsDoNotCompileError, readPatterns, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

const A = { name: 'a', source: 'pattern a\nrule suffix +x => N;SG\n' };
const B = { name: 'b', source: 'pattern b\nrule suffix +y => N;PL\n' };
const A_TO_B = { name: 'a', source: 'pattern a\nrule suffix +x => N;SG > b\n' };
const B_TO_A = { name: 'b', source: 'pattern b\nrule suffix +y => N;PL > a\n' };
const CYCLE = 'pattern "a", line 2, column 26: continuations form a cycle a > b > a; remove one of these continuations; nothing was loaded';

const sources = async (db: Database) => (await readPatterns(db)).map((p) => p.source);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: loadLexicon with requireCompiling checks the loaded patterns with the stored ones`, () => {
    let db: Database;
    beforeEach(async () => {
      db = await createTestDatabase(dialect, __filename);
      await loadLexicon(db, { patterns: [A, B_TO_A], lexemes: [{ id: 1, lemma: 'dog', patterns: ['b'] }] }, { replace: true });
    });
    afterEach(() => db.close());

    it('a pattern continuing into a stored one loads', async () => {
      const report = await loadLexicon(db, { patterns: [{ name: 'c', source: 'pattern c\nrule suffix +z => N;DU > b\n' }], lexemes: [] }, { requireCompiling: true });
      expect(report.patterns).toEqual({ added: 1, changed: 0, unchanged: 0 });
    });

    it('a pattern closing a cycle with a stored one is refused with its position, and nothing is written', async () => {
      const refused = loadLexicon(db, { patterns: [A_TO_B], lexemes: [] }, { requireCompiling: true });
      await expect(refused).rejects.toThrow(new PatternsDoNotCompileError([{ patternName: 'a', code: 'cycle', line: 2, column: 26, message: 'continuations form a cycle a > b > a; remove one of these continuations' }]));
      await expect(refused).rejects.toThrow(CYCLE);
      expect(await sources(db)).toEqual([A.source, B_TO_A.source]);
    });

    it('without it, such a pattern is stored (the worker reports the lexemes it fails)', async () => {
      await loadLexicon(db, { patterns: [A_TO_B], lexemes: [] });
      expect(await sources(db)).toEqual([A_TO_B.source, B_TO_A.source]);
    });
  });
}

describe('postgres: two loads together cannot store a cycle that neither closes alone', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-together`);
    await loadLexicon(db, { patterns: [A, B], lexemes: [] }, { replace: true });
  });
  afterAll(() => db.close());

  it('the second waits for the first\'s lock, then sees its pattern and is refused', async () => {
    let second: Promise<unknown> | undefined;
    await withConnection(db, (conn) =>
      conn.transaction(async (tx) => {
        await loadLexicon(tx, { patterns: [B_TO_A], lexemes: [] }, { requireCompiling: true });
        second = loadLexicon(db, { patterns: [A_TO_B], lexemes: [] }, { requireCompiling: true });
        second.catch(() => undefined);
        // Commit only once the second load waits for the lock this transaction holds.
        for (;;) {
          const { rows } = await tx.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = 'lexemes'::regclass AND ${lockInThisDatabase()}`);
          if (rows[0]!.waiting > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }),
    );
    await expect(second).rejects.toThrow(CYCLE);
    expect(await sources(db)).toEqual([A.source, B_TO_A.source]);
  });
});
