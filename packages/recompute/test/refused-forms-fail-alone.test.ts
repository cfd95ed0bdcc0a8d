import { compileGrammar } from '@paradigm/core';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { hasFailures } from '../src';
import { useLexiconDatabase, expectedForms, formsInTable, lexemes, PATTERNS, query } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

// Lexeme 9 ("poison", a noun) generates forms the server refuses: a CHECK constraint on `forms` (a
// real rejection, SQLSTATE 23514, that no compile-time check can foresee). It is claimed and paged
// together with 14 good lexemes.
const ENTRIES = lexemes(15).map((lexeme) => (lexeme.id === 9 ? { id: 9, lemma: 'poison', patterns: [1] } : lexeme));
const GOOD = ENTRIES.filter((lexeme) => lexeme.id !== 9);
const OLD = '9|1|OLD|old';
const REASON = 'the database refused its forms: new row for relation "forms" violates check constraint "no_poison" (SQLSTATE 23514)';

for (const dialect of TEST_DIALECTS) {
  describe(`a lexeme whose forms the server refuses, on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);
    const expected = [...expectedForms(compileGrammar(PATTERNS).grammar, GOOD), OLD].sort();

    beforeAll(async () => {
      await query(database(), "ALTER TABLE forms ADD CONSTRAINT no_poison CHECK (form NOT LIKE 'poison%')");
      await query(database(), "INSERT INTO forms VALUES (9, 1, 'OLD', 'old')");
    });

    it('`run` fails it alone: recorded with the server\'s message, its old forms kept, the others written, its entry consumed', async () => {
      const { report, processed } = await drain(database(), { batchSize: 100, concurrency: 1 });
      expect(processed).toEqual(ENTRIES.map((lexeme) => lexeme.id));
      expect(report).toMatchObject({ lexemes: 14, failed: 1, failures: [{ lexemeId: 9, lemma: 'poison', patternId: undefined, patternName: undefined, reason: REASON }] });
      expect(hasFailures(report)).toBe(true);
      expect(await formsInTable(database())).toEqual(expected);
      expect(await query(database(), 'SELECT lexeme_id, reason FROM recompute_failures')).toEqual([{ lexeme_id: 9, reason: `lexeme 9 "poison": ${REASON}` }]);
      expect(await query(database(), 'SELECT count(*)::int AS queued FROM recompute_queue')).toEqual([{ queued: 0 }]);
    });

    it('a second `run` has nothing to do; `--retry-failed` fails it alone again', async () => {
      expect((await drain(database())).report).toMatchObject({ lexemes: 0, failed: 0 });
      await query(database(), "UPDATE lexemes SET lemma = lemma || 'x' WHERE id IN (3, 12)");
      const { report, processed } = await drain(database(), { batchSize: 100, retryFailed: true });
      expect(processed).toEqual([3, 9, 12]);
      expect(report).toMatchObject({ lexemes: 2, failed: 1, failures: [{ lexemeId: 9, reason: REASON }] });
      expect(await formsInTable(database())).toContain(OLD);
    });

    it('`recompute --all` fails it alone and writes every other lexeme of its page', async () => {
      await query(database(), 'DELETE FROM forms WHERE lexeme_id <> 9');
      const report = await recomputeAll(database(), { batchSize: 100 });
      expect(report).toMatchObject({ lexemes: 14, failed: 1, requeued: 0, failures: [{ lexemeId: 9, reason: REASON }] });
      const entries = (await query<{ id: number; lemma: string }>(database(), 'SELECT id, lemma FROM lexemes WHERE id <> 9 ORDER BY id')).map((row) => ({
        ...GOOD.find((lexeme) => lexeme.id === row.id)!,
        lemma: row.lemma,
      }));
      expect(await formsInTable(database())).toEqual([...expectedForms(compileGrammar(PATTERNS).grammar, entries), OLD].sort());
    });
  });
}
