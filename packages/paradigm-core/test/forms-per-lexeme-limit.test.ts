import { compileGrammar, DEFAULT_MAX_FORMS_PER_LEXEME, generateInto, generateLexeme, type PatternSource } from '@paradigm/core';

/** A fan-out: `levels` patterns of `width` rules, each rule continuing into the next level: width^levels forms. */
function fanOut(levels: number, width: number): PatternSource[] {
  return Array.from({ length: levels }, (_, level) => {
    const next = level + 1 < levels ? ` > level${level + 1}` : '';
    const rules = Array.from({ length: width }, (_, k) => `rule suffix +${String.fromCharCode(97 + (k % 26))}${Math.floor(k / 26)} => R${k}${next}`);
    return { id: level + 1, name: `level${level}`, source: [`pattern level${level}`, ...rules].join('\n') };
  });
}

const TWO = { id: 10, name: 'two', source: 'pattern two\nrule => A\nrule suffix +s => B' };
const OTHER = { id: 11, name: 'other', source: 'pattern other\nrule suffix +x => X' };

describe('a lexeme stops generating at the forms-per-lexeme limit, with an error outcome', () => {
  it('stops a 4-level x 60-rule fan-out (13 million forms) at the default of 100,000, naming the lexeme, pattern and limit', () => {
    const { grammar, errors } = compileGrammar(fanOut(4, 60));
    expect([errors, grammar.maxFormsPerLexeme, DEFAULT_MAX_FORMS_PER_LEXEME]).toEqual([[], 100_000, 100_000]);
    let received = 0;
    const summaries = generateInto(grammar, { id: 42, lemma: 'boom', patterns: [1] }, () => received++);
    expect(summaries).toEqual([
      {
        kind: 'error',
        patternId: 1,
        error: {
          code: 'too-many-forms',
          message: 'lexeme 42 "boom": pattern "level0" derives more than 100000 forms for this lexeme (counting forms held back for their continuations; the limit, maxFormsPerLexeme), so its generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit',
          lexemeId: 42,
          patternId: 1,
        },
      },
    ]);
    // Stopped at the limit: the sink saw the first 100,000 forms, not 13 million.
    expect(received).toBe(100_000);
  });

  it('counts over all patterns of the lexeme; the patterns after the one that passed it are not generated', () => {
    const { grammar } = compileGrammar([TWO, OTHER], { maxFormsPerLexeme: 3 });
    const outcomes = generateLexeme(grammar, { id: 5, lemma: 'cat', patterns: [10, 10, 11] });
    expect(outcomes.map((outcome) => (outcome.kind === 'error' ? [outcome.patternId, outcome.error.code, outcome.error.message] : [outcome.patternId, outcome.kind]))).toEqual([
      [10, 'forms'],
      [10, 'too-many-forms', 'lexeme 5 "cat": pattern "two" derives more than 3 forms for this lexeme (counting forms held back for their continuations; the limit, maxFormsPerLexeme), so its generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit'],
      [11, 'too-many-forms', 'lexeme 5 "cat": not generated with pattern id 11, since an earlier pattern of the lexeme already passed the limit of 3 forms (maxFormsPerLexeme)'],
    ]);
  });

  it('counts forms held back by needaffix, and allows exactly the limit', () => {
    const bound = { id: 12, name: 'bound', source: 'pattern bound\nrule suffix +a => [needaffix] > two' };
    const { grammar } = compileGrammar([TWO, bound], { maxFormsPerLexeme: 3 });
    expect(generateLexeme(grammar, { id: 6, lemma: 'x', patterns: [12] })).toEqual([
      { kind: 'forms', patternId: 12, forms: [
        { lexemeId: 6, patternId: 12, cell: 'A', surface: 'xa', analysis: 'x', dir: 'both', position: 0 },
        { lexemeId: 6, patternId: 12, cell: 'B', surface: 'xas', analysis: 'x', dir: 'both', position: 1 },
      ] },
    ]);
    const { grammar: tighter } = compileGrammar([TWO, bound], { maxFormsPerLexeme: 2 });
    expect(generateLexeme(tighter, { id: 6, lemma: 'x', patterns: [12] }).map((outcome) => outcome.kind)).toEqual(['error']);
  });

  it('takes Infinity for no limit and rejects anything but a positive integer', () => {
    expect(compileGrammar([TWO], { maxFormsPerLexeme: Infinity }).grammar.maxFormsPerLexeme).toBe(Infinity);
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => compileGrammar([TWO], { maxFormsPerLexeme: bad })).toThrow(
        new TypeError(`maxFormsPerLexeme: ${bad} is not a positive integer; give a number of forms such as 100000 (the default), or Infinity for no limit`),
      );
    }
  });
});
