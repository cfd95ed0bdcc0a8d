import { compileGrammar } from '@paradigm/core';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { runWorker, SILENT_PROGRESS } from '../src';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(60);

for (const dialect of TEST_DIALECTS) {
  describe(`full recompute on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    for (const method of ['copy', 'unnest', 'insert'] as const) {
      it(`leaves exactly the forms paradigm-core generates (${method}, old forms replaced)`, async () => {
        // Old forms of a lexeme that is recomputed, and of one that is not, to see both handled.
        await query(database(), "INSERT INTO forms VALUES (1, 1, 'STALE', 'old'), (2, 1, 'N;SG', 'cat')");
        const report = await runWorker(
          database(),
          { command: 'recompute', selection: { kind: 'all' }, method, batchSize: 7, batchForms: 50_000, concurrency: 3 },
          { progress: SILENT_PROGRESS, signal: new AbortController().signal },
        );
        const { grammar } = compileGrammar(PATTERNS);
        const expected = expectedForms(grammar, ENTRIES);
        expect(await formsInTable(database())).toEqual(expected);
        expect(report).toMatchObject({ lexemes: ENTRIES.length, forms: expected.length, failed: 0, batches: 9, interrupted: false });
      });
    }
  });
}
