import type { Lexeme, PatternSource } from '@paradigm/core';
import { setFormLimit } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { importLexicon, SILENT_PROGRESS } from '../src';
import { DiscardedRows } from '../src/pipeline/discarded-rows';
import { formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

// `many` derives 12 forms, past the limit of 10 set below; `few` derives 2.
const IMPORTED: PatternSource[] = [
  { id: 1, name: 'few', source: 'pattern few\nrule => SG\nrule suffix +s => PL\n' },
  { id: 2, name: 'many', source: `pattern many\n${Array.from({ length: 12 }, (_, i) => `rule suffix +x${i} => C${i}\n`).join('')}` },
];
// 300 words: those whose id is a multiple of 70 take `many` and fail, the others generate.
const WORDS: Lexeme[] = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, lemma: `w${i + 1}`, patterns: [(i + 1) % 70 === 0 ? 2 : 1] }));

describe('rows that are only counted', () => {
  it('count what is added, forget what a rollback drops, and give no COPY text', async () => {
    const rows = new DiscardedRows();
    rows.add();
    rows.mark();
    rows.add();
    rows.add();
    expect(rows.count).toBe(3);
    rows.rollback();
    expect(rows.count).toBe(1);
    expect(rows.chunks()).toEqual([]);
    expect(rows.bytes).toBe(0);
    await expect(rows.write()).rejects.toThrow('discarded rows are counted, never written');
  });
});

// Once a lexeme fails, the import will roll back: the lexemes after it are generated only to name the
// other failures, in small batches here, so that most of them come after the first failure.
for (const dialect of TEST_DIALECTS) {
  describe(`an import whose lexemes fail on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(7), PATTERNS);

    it('names every failure, in order, and leaves the old lexicon and forms', async () => {
      await setFormLimit(database(), 10);
      const before = await formsInTable(database());
      const outcome = await importLexicon(
        database(),
        { patterns: IMPORTED, lexemes: WORDS, lexemeCount: WORDS.length },
        { batchForms: 20, chunkLexemes: 50, progress: SILENT_PROGRESS, signal: new AbortController().signal },
      );
      expect(outcome.rolledBack).toBe('failed-lexemes');
      expect(outcome.report.failures.map((failure) => failure.lexemeId)).toEqual([70, 140, 210, 280]);
      expect(await formsInTable(database())).toEqual(before);
      expect(await query(database(), 'SELECT count(*)::int AS n FROM lexemes')).toEqual([{ n: 7 }]);
    });
  });
}
