import { compileGrammar, defaultMaxCharsPerLexeme, generateInto, generateLexeme, type PatternSource } from '@paradigm/core';

/**
 * `levels` patterns in series, each of two rules adding 4 characters and continuing into the next (the
 * last emits): 2^levels forms of 4 * levels characters plus the stem. Apertium's `<par>`s in series
 * import as such a chain.
 */
function series(levels: number): PatternSource[] {
  return Array.from({ length: levels }, (_, level) => {
    const next = level + 1 < levels ? ` > level${level + 1} [needaffix]` : '';
    return { id: level + 1, name: `level${level}`, source: `pattern level${level}\nrule suffix +abcd =>${next}\nrule suffix +efgh =>${next}` };
  });
}

const TWO = { id: 10, name: 'two', source: 'pattern two\nrule gloss +"<n>" => A\nrule suffix +s gloss +"<pl>" => B' };
const OTHER = { id: 11, name: 'other', source: 'pattern other\nrule suffix +x => X' };

describe('a lexeme stops generating when its forms add up to more characters than one lexeme may generate', () => {
  it('stops 200 patterns in series (2^200 forms of 801 characters) long before the form limit, naming the lexeme, pattern and limit', () => {
    const { grammar, errors } = compileGrammar(series(200));
    expect([errors, grammar.maxFormsPerLexeme, grammar.maxCharsPerLexeme]).toEqual([[], 100_000, 10_000_000]);
    let received = 0;
    let chars = 0;
    const summaries = generateInto(grammar, { id: 42, lemma: 'w', patterns: [1] }, (form) => {
      received++;
      chars += form.surface.length + form.analysis.length;
    });
    expect(summaries).toEqual([
      {
        kind: 'error',
        patternId: 1,
        error: {
          code: 'too-many-characters',
          message:
            'lexeme 42 "w": pattern "level0" generates forms of more than 10000000 characters in all for this lexeme (the limit, maxCharsPerLexeme), so its generation stopped; look for continuations in series that lengthen every form (each level adds its text to every form after it), or raise the limit (by default it grows with maxFormsPerLexeme)',
          lexemeId: 42,
          patternId: 1,
        },
      },
    ]);
    // Each form is 801 + 1 characters (surface and analysis): the sink saw as many as fit in the limit.
    expect([received, chars]).toEqual([Math.floor(10_000_000 / 802), Math.floor(10_000_000 / 802) * 802]);
  });

  it('names a lexeme of a long lemma by its first 60 characters, so the message stays one readable line', () => {
    const { grammar } = compileGrammar([TWO], { maxCharsPerLexeme: 1000 });
    const lemma = 'é'.repeat(100) + 'x'.repeat(400);
    const [summary] = generateInto(grammar, { id: 3, lemma, patterns: [10] }, () => {});
    expect(summary?.kind === 'error' && summary.error.message).toBe(
      `lexeme 3 "${'é'.repeat(60)}... (440 more characters)": pattern "two" generates forms of more than 1000 characters in all for this lexeme (the limit, maxCharsPerLexeme), so its generation stopped; look for continuations in series that lengthen every form (each level adds its text to every form after it), or raise the limit (by default it grows with maxFormsPerLexeme)`,
    );
  });

  it('counts surfaces and analyses of emitted forms only, over all patterns, and allows exactly the limit', () => {
    // "cat" + "cat<n>" (3 + 6) and "cats" + "cat<pl>" (4 + 7): 20 characters; then "catax" + "cat" (5 + 3).
    // The form held back by needaffix ("cata") does not count.
    const bound = { id: 12, name: 'bound', source: 'pattern bound\nrule suffix +a => > other [needaffix]' };
    const { grammar } = compileGrammar([TWO, OTHER, bound], { maxCharsPerLexeme: 20 + 8 });
    expect(generateLexeme(grammar, { id: 5, lemma: 'cat', patterns: [10, 12] }).map((outcome) => (outcome.kind === 'forms' ? outcome.forms.map((form) => form.surface) : outcome.kind))).toEqual([
      ['cat', 'cats'],
      ['catax'],
    ]);
    const { grammar: tighter } = compileGrammar([TWO, OTHER, bound], { maxCharsPerLexeme: 20 + 7 });
    expect(generateLexeme(tighter, { id: 5, lemma: 'cat', patterns: [10, 12, 11] }).map((outcome) => (outcome.kind === 'error' ? [outcome.patternId, outcome.error.code, outcome.error.message] : [outcome.patternId, outcome.kind]))).toEqual([
      [10, 'forms'],
      [
        12,
        'too-many-characters',
        'lexeme 5 "cat": pattern "bound" generates forms of more than 27 characters in all for this lexeme (the limit, maxCharsPerLexeme), so its generation stopped; look for continuations in series that lengthen every form (each level adds its text to every form after it), or raise the limit (by default it grows with maxFormsPerLexeme)',
      ],
      [11, 'too-many-characters', 'lexeme 5 "cat": not generated with pattern id 11, since an earlier pattern of the lexeme already passed the limit of 27 characters (maxCharsPerLexeme)'],
    ]);
  });

  it('defaults to 100 characters per form of the form limit, at least 1,000,000, none without a form limit', () => {
    const limits = [3, 100_000, 250_000, Infinity].map((maxFormsPerLexeme) => compileGrammar([TWO], { maxFormsPerLexeme }).grammar.maxCharsPerLexeme);
    expect(limits).toEqual([1_000_000, 10_000_000, 25_000_000, Infinity]);
    expect(defaultMaxCharsPerLexeme(250_000)).toBe(25_000_000);
    expect(compileGrammar([TWO], { maxFormsPerLexeme: Infinity, maxCharsPerLexeme: 64 }).grammar.maxCharsPerLexeme).toBe(64);
  });

  it('rejects anything but a positive integer or Infinity', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => compileGrammar([TWO], { maxCharsPerLexeme: bad })).toThrow(
        new TypeError(`maxCharsPerLexeme: ${bad} is not a positive integer; give a number of characters such as 10000000 (the default for the default form limit), or Infinity for no limit`),
      );
    }
  });
});
