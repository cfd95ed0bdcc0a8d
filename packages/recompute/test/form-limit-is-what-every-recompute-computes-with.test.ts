// The lexicon's limit of forms per lexeme is stored with it (lexicon_settings) and every way of
// computing stored forms uses it: a change queues every pattern, and `run` then leaves the forms table
// exactly as a full rebuild under the new limit would.
import { compileGrammar, type Lexeme, type PatternSource } from '@paradigm/core';
import { readFormLimit, setFormLimit } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';
import { drain, recomputeAll, SHARED } from './support/run-in-process';

/** 6 rules continuing into 6: 6 + 36 = 42 derived forms (each level's forms count), 36 of them words. */
const WIDE: PatternSource[] = [
  { id: 10, name: 'wide', source: ['pattern wide', ...Array.from({ length: 6 }, (_, k) => `rule suffix +w${k} => W${k} [needaffix] > wider`)].join('\n') },
  { id: 11, name: 'wider', source: ['pattern wider', ...Array.from({ length: 6 }, (_, k) => `rule suffix +v${k} => V${k}`)].join('\n') },
];
const GOOD = lexemes(7);
const WIDE_LEXEME: Lexeme = { id: 100, lemma: 'wid', patterns: [10] };
const ENTRIES = [...GOOD, WIDE_LEXEME];
const REASON =
  "more than 40 forms, the lexicon's form limit, so the generation stopped; look for continuations that multiply (each level multiplies the forms " +
  'by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme';

const under = (limit: number) => expectedForms(compileGrammar([...PATTERNS, ...WIDE], { maxFormsPerLexeme: limit }).grammar, ENTRIES);
const failures = (db: Parameters<typeof query>[0]) => query<{ lexeme_id: number; reason: string }>(db, 'SELECT lexeme_id, reason FROM recompute_failures ORDER BY 1');
const queuedPatterns = async (db: Parameters<typeof query>[0]) => (await query<{ id: number }>(db, 'SELECT pattern_id AS id FROM recompute_pattern_queue ORDER BY 1')).map((r) => r.id);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the lexicon's form limit`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES, [...PATTERNS, ...WIDE]);

    it('is 100000 in a new database; the wide lexeme is within it', async () => {
      expect(await readFormLimit(database())).toBe(100_000);
      await drain(database());
      expect(under(100_000)).toContain('100|10|W5;V5|widw5v5');
      expect(await formsInTable(database())).toEqual(under(100_000));
    });

    it('lowered, queues every pattern; run fails the lexeme past it, which keeps its forms', async () => {
      const version = await query<{ v: string }>(database(), 'SELECT patterns_version::text AS v FROM recompute_state');
      expect(await setFormLimit(database(), 40)).toBe(true);
      expect(await queuedPatterns(database())).toEqual([1, 2, 3, 4, 5, 10, 11]);
      expect(await query(database(), 'SELECT patterns_version::text AS v FROM recompute_state')).not.toEqual(version);
      const { report } = await drain(database());
      expect(report.failures).toEqual([{ lexemeId: 100, lemma: 'wid', patternId: 10, patternName: 'wide', reason: REASON }]);
      expect(await failures(database())).toEqual([{ lexeme_id: 100, reason: `lexeme 100 "wid", pattern "wide" (id 10): ${REASON}` }]);
      expect(await formsInTable(database())).toEqual(under(100_000));
    });

    it('a full rebuild, plain or shared, computes with it', async () => {
      expect((await recomputeAll(database())).failures.map((f) => f.lexemeId)).toEqual([100]);
      expect(await formsInTable(database())).toEqual(under(100_000));
      expect((await recomputeAll(database(), { selection: SHARED })).failures.map((f) => f.lexemeId)).toEqual([100]);
      expect(await formsInTable(database())).toEqual(under(100_000));
    });

    it('setting the same value changes nothing and queues nothing', async () => {
      expect(await setFormLimit(database(), 40)).toBe(false);
      expect(await queuedPatterns(database())).toEqual([]);
    });

    it('set to none (as from SQL), run computes the lexeme and forgets its failure', async () => {
      await query(database(), 'UPDATE lexicon_settings SET max_forms_per_lexeme = NULL');
      expect(await readFormLimit(database())).toBe(Infinity);
      expect(await queuedPatterns(database())).toEqual([1, 2, 3, 4, 5, 10, 11]);
      const { report } = await drain(database());
      expect(report.failures).toEqual([]);
      expect(await failures(database())).toEqual([]);
      expect(await formsInTable(database())).toEqual(under(Infinity));
    });

    it('lowered below what a lexeme stores, run leaves the table as a rebuild under it would', async () => {
      await setFormLimit(database(), 40);
      await drain(database());
      const afterRun = await formsInTable(database());
      await recomputeAll(database());
      expect(await formsInTable(database())).toEqual(afterRun);
      expect(afterRun).toEqual(under(100_000));
    });

    it('refuses a value that is not a positive whole number, and keeps its one row', async () => {
      await expect(setFormLimit(database(), 0)).rejects.toThrow('the form limit must be a whole number from 1 to 2147483647, or none (Infinity); got 0');
      await expect(query(database(), 'UPDATE lexicon_settings SET max_forms_per_lexeme = -1')).rejects.toThrow(/violates check constraint/);
      await expect(query(database(), 'DELETE FROM lexicon_settings')).rejects.toThrow('lexicon_settings keeps its one row; update max_forms_per_lexeme instead (NULL for no limit)');
      expect(await readFormLimit(database())).toBe(40);
    });
  });
}
