import { compileGrammar } from '@paradigm/core';
import { BEFORE_FIRST_LEXEME_ID, type CopyRows, getWriter } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { computeBatches, computeWhole } from '../src/compute/compute-batch';
import { buildWorkerGrammar } from '../src/compute/worker-grammar';
import { persistIsolatingRejections } from '../src/pipeline/persist-isolating-rejections';
import { useLexiconDatabase, expectedForms, formsInTable, lexemes, PATTERNS, query } from '../src/testing';

// Batches of about 100 forms: past the `copy` writer's one-statement size, so their rows go as COPY text,
// each batch's in one buffer of the writer's pool (and one more it encodes its texts in).
const ENTRIES = lexemes(120);
const RECYCLED = 'these COPY rows were recycled: their buffers hold other rows now';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: batches written one after another with the copy writer`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('give their buffers back once written, and the next batch fills the same buffers', async () => {
      const writer = getWriter('copy');
      const grammar = buildWorkerGrammar(PATTERNS, Infinity);
      const source = { kind: 'range' as const, lexemes: ENTRIES, range: { after: BEFORE_FIRST_LEXEME_ID, last: 120 } };
      const conn = await database().acquire();
      try {
        const seen: ArrayBufferLike[][] = [];
        for await (const batch of computeBatches(grammar, source, 100, () => writer.newRows())) {
          const rows = batch.forms as CopyRows;
          seen.push(rows.chunks().map((chunk) => chunk.buffer));
          await conn.transaction((tx) => persistIsolatingRejections(tx, writer, batch, (part) => computeWhole(grammar, part, () => writer.newRows())));
          expect(() => rows.chunks()).toThrow(RECYCLED);
        }
        expect(seen.length).toBeGreaterThan(4);
        expect(seen.every((buffers) => buffers.length === 1)).toBe(true);
        // The first batch's two buffers went round: no batch after it took a new one.
        expect(new Set(seen.flat()).size).toBe(2);
      } finally {
        conn.release();
      }
      expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
      expect(await query(database(), 'SELECT count(*)::int AS failures FROM recompute_failures')).toEqual([{ failures: 0 }]);
    });
  });
}
