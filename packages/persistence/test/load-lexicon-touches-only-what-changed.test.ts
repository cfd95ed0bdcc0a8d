import { type Database, loadLexicon, type LoadInput, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

const INPUT = {
  patterns: [
    { name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' },
    { name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ed => V;PST\n' },
    { name: 'tri', source: 'pattern tri\nrule template C-a-C-a-C => V;PST\n' },
  ],
  lexemes: [
    { id: 1, lemma: 'dog', patterns: ['noun'] },
    { id: 2, lemma: 'walk', patterns: ['verb', 'noun'] },
    { id: 3, lemma: 'katab', root: ['k', 't', 'b'], gloss: 'write', patterns: ['tri'] },
    { id: 4, lemma: 'cat', stem: 'cat', patterns: ['noun'] },
  ],
} satisfies LoadInput;

/** What the change queue holds, then empties it (as a worker would). */
async function drainQueue(db: Database): Promise<{ lexemes: number[]; patterns: string[] }> {
  return withConnection(db, async (conn) => {
    const lexemes = (await conn.query<{ id: number }>('SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).rows.map((r) => r.id);
    const patterns = (await conn.query<{ name: string }>('SELECT name FROM recompute_pattern_queue ORDER BY 1')).rows.map((r) => r.name);
    await conn.query('DELETE FROM recompute_queue');
    await conn.query('DELETE FROM recompute_pattern_queue');
    return { lexemes, patterns };
  });
}

async function stored(db: Database) {
  const out = [];
  for await (const batch of streamLexemes(db, { batchSize: 100 })) out.push(...batch);
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: loadLexicon merges by pattern name and lexeme id, touching only rows whose content changed`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('adds everything into an empty lexicon', async () => {
      const report = await loadLexicon(db, INPUT);
      expect(report).toEqual({ replaced: false, patterns: { added: 3, changed: 0, unchanged: 0 }, lexemes: { added: 4, changed: 0, unchanged: 0 }, kept: 0 });
      expect(await stored(db)).toEqual([
        { id: 1, lemma: 'dog', patterns: [1] },
        { id: 2, lemma: 'walk', patterns: [2, 1] },
        { id: 3, lemma: 'katab', root: ['k', 't', 'b'], gloss: 'write', patterns: [3] },
        { id: 4, lemma: 'cat', stem: 'cat', patterns: [1] },
      ]);
      expect(await drainQueue(db)).toEqual({ lexemes: [1, 2, 3, 4], patterns: ['noun', 'tri', 'verb'] });
    });

    it('loading the same input again writes nothing and queues nothing', async () => {
      const report = await loadLexicon(db, INPUT);
      expect(report).toEqual({ replaced: false, patterns: { added: 0, changed: 0, unchanged: 3 }, lexemes: { added: 0, changed: 0, unchanged: 4 }, kept: 0 });
      expect(await drainQueue(db)).toEqual({ lexemes: [], patterns: [] });
    });

    it('an edit queues only what it affects: the changed lexeme, the relinked one, the edited pattern', async () => {
      const edited: LoadInput = {
        patterns: [INPUT.patterns[0]!, { name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ed => V;PST\nrule suffix +ing => V;PTCP\n' }, INPUT.patterns[2]!],
        lexemes: [
          INPUT.lexemes[0]!,
          INPUT.lexemes[1]!,
          { id: 3, lemma: 'katab', root: ['k', 't', 'b'], gloss: 'to write', patterns: ['tri'] },
          { id: 4, lemma: 'cat', stem: 'cat', patterns: ['noun', 'verb'] },
        ],
      };
      const report = await loadLexicon(db, edited);
      expect(report).toEqual({ replaced: false, patterns: { added: 0, changed: 1, unchanged: 2 }, lexemes: { added: 0, changed: 2, unchanged: 2 }, kept: 0 });
      // The worker expands the pattern entry into the lexemes using "verb" (2 and 4).
      expect(await drainQueue(db)).toEqual({ lexemes: [3, 4], patterns: ['verb'] });
    });

    it('keeps lexemes the input leaves out, and says how many', async () => {
      const report = await loadLexicon(db, { patterns: [], lexemes: [{ id: 9, lemma: 'bird', patterns: ['noun'] }] });
      expect(report).toEqual({ replaced: false, patterns: { added: 0, changed: 0, unchanged: 0 }, lexemes: { added: 1, changed: 0, unchanged: 0 }, kept: 4 });
      expect((await stored(db)).map((l) => l.id)).toEqual([1, 2, 3, 4, 9]);
      expect(await drainQueue(db)).toEqual({ lexemes: [9], patterns: [] });
    });

    it('refuses a lexeme naming a pattern neither loaded nor stored, writing nothing', async () => {
      await expect(loadLexicon(db, { patterns: [], lexemes: [{ id: 10, lemma: 'x', patterns: ['nown'] }] })).rejects.toThrow(
        'lexeme 10 takes pattern "nown", which is neither loaded nor in the database; load the pattern too or fix the name',
      );
      expect((await stored(db)).map((l) => l.id)).toEqual([1, 2, 3, 4, 9]);
    });

    it('replace: true makes the input the whole lexicon and queues every lexeme', async () => {
      const report = await loadLexicon(db, { patterns: INPUT.patterns.slice(0, 1), lexemes: [{ id: 1, lemma: 'dog', patterns: ['noun'] }] }, { replace: true });
      expect(report).toEqual({ replaced: true, patterns: { added: 1, changed: 0, unchanged: 0 }, lexemes: { added: 1, changed: 0, unchanged: 0 }, kept: 0 });
      expect(await stored(db)).toEqual([{ id: 1, lemma: 'dog', patterns: [1] }]);
      expect((await drainQueue(db)).lexemes).toEqual([1]);
    });
  });
}
