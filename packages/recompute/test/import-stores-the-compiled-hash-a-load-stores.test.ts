import type { PatternSource } from '@paradigm/core';
import { replaceLexicon } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { importLexicon, SILENT_PROGRESS } from '../src';
import { lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(14);
// Besides the patterns the lexemes take: one no lexeme takes, whose hash is of its text since it does
// not compile, and one that compiles the same as `case` though written otherwise (the same hash). Then
// two long ones that also compile alike: the import keeps the hashes of long patterns from its compile.
const long = (name: string, spacing: string): string =>
  `pattern ${name}\n${Array.from({ length: 60 }, (_, i) => `rule${spacing}suffix +x${i} => C${i};PL\n`).join('')}`;
const IMPORTED: PatternSource[] = [
  ...PATTERNS,
  { id: 6, name: 'broken', source: 'pattern broken\nrule suffix +s /[a-/ => PL\n' },
  { id: 7, name: 'case-again', source: "pattern case-again   # the same rules as case\nrule   =>   NOM\nrule suffix +\"'s\" => GEN\n" },
  { id: 8, name: 'long', source: long('long', ' ') },
  { id: 9, name: 'long-again', source: long('long-again', '   ') },
];

// The import compiles its patterns for their forms and takes their hashes from that grammar; a load
// compiles each pattern for its hash alone. Both must store the same `compiled_hash`.
for (const dialect of TEST_DIALECTS) {
  describe(`an import's compiled hashes on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);
    const hashes = () => query<{ id: number; compiled_hash: string }>(database(), 'SELECT id, compiled_hash FROM patterns ORDER BY id');

    it('are those a load of the same patterns stores, a pattern that does not compile included', async () => {
      await replaceLexicon(database(), { patterns: IMPORTED, lexemes: ENTRIES });
      const loaded = await hashes();
      expect(loaded.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(loaded[6]!.compiled_hash).toBe(loaded[1]!.compiled_hash);
      expect(loaded[8]!.compiled_hash).toBe(loaded[7]!.compiled_hash);
      expect(new Set(loaded.map((row) => row.compiled_hash)).size).toBe(7);

      await query(database(), 'DELETE FROM lexeme_patterns');
      await query(database(), 'DELETE FROM lexemes');
      await query(database(), 'DELETE FROM patterns');
      const outcome = await importLexicon(
        database(),
        { patterns: IMPORTED, lexemes: ENTRIES, lexemeCount: ENTRIES.length },
        { batchForms: 1000, progress: SILENT_PROGRESS, signal: new AbortController().signal },
      );
      expect(outcome.counts).toMatchObject({ patterns: 9, lexemes: 14 });
      expect(await hashes()).toEqual(loaded);
    });
  });
}
