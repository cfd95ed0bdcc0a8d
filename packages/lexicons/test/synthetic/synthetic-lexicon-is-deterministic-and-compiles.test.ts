import { compileGrammar, generateLexeme } from '@paradigm/core';
import { checkSyntheticParams, mostPatternsPerLexeme, syntheticLexemes, syntheticLexicon, syntheticPatterns } from '@paradigm/lexicons';

describe('the synthetic lexicon is deterministic, realistic in shape, and compiles', () => {
  it('the same parameters give the same lexicon; another seed gives another one', () => {
    const params = { lexemes: 300, patternsPerLexeme: 5, seed: 7 };
    const a = syntheticLexicon(params);
    const b = syntheticLexicon(params);
    const c = syntheticLexicon({ ...params, seed: 8 });
    expect(JSON.stringify([a.patterns, [...a.lexemes]])).toBe(JSON.stringify([b.patterns, [...b.lexemes]]));
    expect(JSON.stringify([...c.lexemes])).not.toBe(JSON.stringify([...a.lexemes]));
    expect([a.source, a.patterns.length, [...a.lexemes].length]).toEqual(['synthetic l300-p5-s7', 46, 300]);
    // Reading the lexemes twice generates them twice, identically.
    expect([...a.lexemes]).toEqual([...a.lexemes]);
    expect([...a.lexemes][0]).toEqual([...syntheticLexemes(params, syntheticPatterns(7))][0]);
  });

  it('refuses parameters that are not integers in range, naming the flag', () => {
    expect(() => checkSyntheticParams({ lexemes: 0, patternsPerLexeme: 5, seed: 1 })).toThrow('--lexemes must be an integer >= 1, got 0');
    expect(() => checkSyntheticParams({ lexemes: 2147483647, patternsPerLexeme: 5, seed: 1 })).not.toThrow();
    expect(() => checkSyntheticParams({ lexemes: 2147483648, patternsPerLexeme: 5, seed: 1 })).toThrow(
      '--lexemes must be at most 2147483647, the largest id the database holds (the lexemes get the ids 1 to N), got 2147483648',
    );
    expect(() => checkSyntheticParams({ lexemes: 10, patternsPerLexeme: 1.5, seed: 1 })).toThrow('--patterns-per-lexeme must be an integer >= 1, got 1.5');
    expect(() => syntheticLexicon({ lexemes: 10, patternsPerLexeme: 5, seed: -1 })).toThrow('--seed must be an integer >= 0, got -1');
  });

  it('gives every lexeme the patterns asked for, up to those that fit every lexeme, and refuses more', () => {
    const most = mostPatternsPerLexeme(syntheticPatterns(1));
    const lexemes = [...syntheticLexicon({ lexemes: 200, patternsPerLexeme: most, seed: 1 }).lexemes];
    expect(lexemes.filter((lexeme) => new Set(lexeme.patterns).size !== most)).toEqual([]);
    expect(() => checkSyntheticParams({ lexemes: 10, patternsPerLexeme: most + 1, seed: 1 })).toThrow(
      `--patterns-per-lexeme must be at most ${most}, the patterns that fit every lexeme of the synthetic lexicon, got ${most + 1}`,
    );
  });

  it('every pattern compiles, and every kind of pattern yields forms for some lexeme', () => {
    const catalog = syntheticPatterns(1);
    const { grammar, errors } = compileGrammar(catalog.map((c) => c.pattern));
    expect(errors).toEqual([]);
    expect(new Set(catalog.map((c) => c.kind))).toEqual(new Set(['template', 'suffix', 'prefix', 'ablaut', 'reduplication', 'declension', 'case', 'cross', 'rare']));
    const kindOf = new Map(catalog.map((c) => [c.pattern.id, c.kind]));
    const outcomes = new Map<string, Set<string>>();
    for (const lexeme of syntheticLexemes({ lexemes: 2000, patternsPerLexeme: 5, seed: 1 }, catalog)) {
      expect(lexeme.root!.length).toBeGreaterThanOrEqual(2);
      expect(lexeme.root!.length).toBeLessThanOrEqual(4);
      expect(new Set(lexeme.patterns).size).toBe(5);
      for (const outcome of generateLexeme(grammar, lexeme)) {
        const kind = kindOf.get(outcome.patternId)!;
        outcomes.set(kind, (outcomes.get(kind) ?? new Set()).add(outcome.kind));
      }
    }
    // No data errors; every assignable kind produces forms; some patterns do not apply (no-match).
    for (const [kind, seen] of outcomes) {
      expect([kind, seen.has('error')]).toEqual([kind, false]);
      if (kind !== 'rare') expect([kind, seen.has('forms')]).toEqual([kind, true]);
    }
    expect(outcomes.get('rare')).toEqual(new Set(['no-match', 'forms']));
  });
});
