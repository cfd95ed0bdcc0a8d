import { compileGrammar, type Lexeme, type PatternSource } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { drain } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

// Lexemes 1, 2, 6, 8, 9, 13, 15, 16, 20 take `noun` (which continues into `case`); 3, 4, 7, 10, ... take `verb`.
const ENTRIES = lexemes(21);

for (const dialect of TEST_DIALECTS) {
  describe(`incremental recompute on ${dialect}`, () => {
    let db: Database;
    let patterns: PatternSource[];
    let entries: Lexeme[];
    const expectTableMatchesFullRecompute = async () => {
      expect(await formsInTable(db)).toEqual(expectedForms(compileGrammar(patterns).grammar, entries));
    };

    beforeAll(async () => {
      db = await createTestDatabase(dialect, `${__filename}-${dialect}`);
      patterns = [...PATTERNS];
      entries = [...ENTRIES];
      await loadLexicon(db, patterns, entries);
    });
    afterAll(() => db.close());

    it('the initial load queues every lexeme; draining it computes them all', async () => {
      const { processed } = await drain(db);
      expect(processed).toEqual(entries.map((l) => l.id));
      await expectTableMatchesFullRecompute();
      expect(await query(db, 'SELECT * FROM recompute_queue')).toEqual([]);
    });

    it('editing a pattern recomputes the lexemes that use it, also through a continuation', async () => {
      const source = "pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +es => DAT\n";
      await query(db, 'UPDATE patterns SET source = $1 WHERE name = $2', [source, 'case']);
      patterns = patterns.map((p) => (p.name === 'case' ? { ...p, source } : p));
      const { processed } = await drain(db);
      // No lexeme takes `case` directly: these are the `noun` lexemes, whose forms continue into it.
      expect(processed).toEqual(entries.filter((l) => l.patterns.includes(1)).map((l) => l.id));
      expect(processed).toEqual([1, 2, 6, 8, 9, 13, 15, 16, 20]);
      await expectTableMatchesFullRecompute();
    });

    it('editing a lexeme recomputes that lexeme only', async () => {
      await query(db, "UPDATE lexemes SET stem = 'sang' WHERE id = 3");
      entries = entries.map((l) => (l.id === 3 ? { ...l, stem: 'sang' } : l));
      const { processed } = await drain(db);
      expect(processed).toEqual([3]);
      await expectTableMatchesFullRecompute();
    });

    it("changing a lexeme's pattern list recomputes that lexeme only", async () => {
      await query(db, 'INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (4, 1, 1)');
      entries = entries.map((l) => (l.id === 4 ? { ...l, patterns: [3, 1] } : l));
      const { processed } = await drain(db);
      expect(processed).toEqual([4]);
      await expectTableMatchesFullRecompute();
    });

    it("deleting a lexeme removes its forms and touches nothing else", async () => {
      await query(db, 'DELETE FROM lexemes WHERE id = 2');
      entries = entries.filter((l) => l.id !== 2);
      const { processed } = await drain(db);
      expect(processed).toEqual([2]);
      expect(await query(db, 'SELECT count(*)::int AS n FROM forms WHERE lexeme_id = 2')).toEqual([{ n: 0 }]);
      await expectTableMatchesFullRecompute();
    });

    it('repeated changes to one lexeme coalesce into one queue entry and one recompute', async () => {
      for (const lemma of ['x', 'y', 'z']) await query(db, 'UPDATE lexemes SET lemma = $1 WHERE id = 5', [lemma]);
      expect(await query(db, 'SELECT lexeme_id FROM recompute_queue')).toEqual([{ lexeme_id: 5 }]);
      entries = entries.map((l) => (l.id === 5 ? { ...l, lemma: 'z' } : l));
      const { processed } = await drain(db);
      expect(processed).toEqual([5]);
      await expectTableMatchesFullRecompute();
    });

    it('an update that changes nothing queues nothing', async () => {
      await query(db, 'UPDATE lexemes SET lemma = lemma');
      await query(db, "UPDATE patterns SET compiled_hash = 'other'");
      expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
    });
  });
}
