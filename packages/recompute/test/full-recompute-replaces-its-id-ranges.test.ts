import { compileGrammar } from '@paradigm/core';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { runWorker, SILENT_PROGRESS } from '../src';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

// Lexemes 1..14 except 6, read in pages of 4: (.., 4], (4, 9], (9, 13] with --limit 12.
const ENTRIES = lexemes(14).filter((lexeme) => lexeme.id !== 6);

for (const dialect of TEST_DIALECTS) {
  describe(`full recompute on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('replaces every form in the id ranges of its pages (a lexeme that no longer exists loses its forms) and nothing after them', async () => {
      // Lexeme 6 does not exist (inside the second page); lexeme 14 is after the --limit.
      await query(database(), "INSERT INTO forms VALUES (6, 1, 'N;SG', 'gone'), (14, 1, 'N;SG', 'untouched')");
      const report = await runWorker(
        database(),
        { command: 'recompute', selection: { kind: 'first', limit: 12 }, method: 'copy', batchSize: 4, batchForms: 50_000, concurrency: 2 },
        { progress: SILENT_PROGRESS, signal: new AbortController().signal },
      );
      const { grammar } = compileGrammar(PATTERNS);
      const recomputed = ENTRIES.slice(0, 12);
      expect(await formsInTable(database())).toEqual([...expectedForms(grammar, recomputed), '14|1|N;SG|untouched'].sort());
      expect(report).toMatchObject({ lexemes: 12, batches: 3, failed: 0 });
    });
  });
}
