import { compileGrammar, type PatternSource } from '@paradigm/core';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { useLexiconDatabase, expectedForms, formsInTable, lexemes, PATTERNS, query } from '../src/testing';
import { recomputeAll } from './support/run-in-process';

/** 4 levels of 60 rules, each continuing into the next: 13 million forms for any lexeme that takes level0. */
const FAN_OUT: PatternSource[] = Array.from({ length: 4 }, (_, level) => {
  const next = level < 3 ? ` > level${level + 1}` : '';
  const rules = Array.from({ length: 60 }, (_, k) => `rule suffix +${String.fromCharCode(97 + (k % 26))}${Math.floor(k / 26)} => R${k}${next}`);
  return { id: 20 + level, name: `level${level}`, source: [`pattern level${level}`, ...rules].join('\n') };
});
const GOOD = lexemes(7);
const ENTRIES = [...GOOD.slice(0, 4), { id: 100, lemma: 'boom', patterns: [20] }, ...GOOD.slice(4)];

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a lexeme past the forms-per-lexeme limit fails alone`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES, [...PATTERNS, ...FAN_OUT]);
    beforeAll(() => query(database(), "INSERT INTO forms VALUES (100, 20, 'OLD', 'kept100')"));

    it('keeps its old forms and records the failure; every other lexeme is written', async () => {
      const report = await recomputeAll(database());
      const reason =
        "more than 100000 forms, the lexicon's form limit, so the generation stopped; look for continuations that multiply (each level multiplies the " +
        'forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme';
      expect(report.failures).toEqual([{ lexemeId: 100, lemma: 'boom', patternId: 20, patternName: 'level0', reason }]);
      expect(await query(database(), 'SELECT lexeme_id, reason FROM recompute_failures')).toEqual([
        { lexeme_id: 100, reason: `lexeme 100 "boom", pattern "level0" (id 20): ${reason}` },
      ]);
      const { grammar } = compileGrammar(PATTERNS);
      expect(await formsInTable(database())).toEqual([...expectedForms(grammar, GOOD), '100|20|OLD|kept100'].sort());
    });
  });
}
