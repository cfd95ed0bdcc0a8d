import { compileGrammar, generateInto, MAX_REDUPLICATED_LENGTH, type PatternSource } from '@paradigm/core';

/** `katab` doubled `times` times by one rule: 5 * 2^times characters. */
const doubling = (times: number): PatternSource => ({ id: 1, name: 'dbl', source: `pattern dbl\nrule ${Array(times).fill('redup total').join(' ')} => X` });

/** A chain of `levels` patterns, each doubling the form and continuing into the next. */
function doublingChain(levels: number): PatternSource[] {
  return Array.from({ length: levels }, (_, level) => ({
    id: level + 1,
    name: `d${level}`,
    source: `pattern d${level}\nrule redup total => D${level}${level + 1 < levels ? ` > d${level + 1}` : ''}`,
  }));
}

const message = (pattern: string) =>
  `lexeme 7 "katab": pattern "${pattern}" would make a form longer than 65536 characters by reduplicating it, so its generation stopped; ` +
  'look for rules or continuations that reduplicate the form again and again (each `redup total` doubles it)';

describe('a reduplication past the longest form fails its pattern instead of growing the form without end', () => {
  it('one rule doubling katab 28 times (1.3 billion characters): an error outcome, no form, and the later pattern still generates', () => {
    const other = { id: 2, name: 'other', source: 'pattern other\nrule suffix +u => NOM' };
    const { grammar, errors } = compileGrammar([doubling(28), other]);
    expect(errors).toEqual([]);
    const forms: string[] = [];
    const summaries = generateInto(grammar, { id: 7, lemma: 'katab', patterns: [1, 2] }, (form) => forms.push(form.surface));
    expect(summaries).toEqual([
      { kind: 'error', patternId: 1, error: { code: 'form-too-long', message: message('dbl'), lexemeId: 7, patternId: 1 } },
      { kind: 'forms', patternId: 2, count: 1 },
    ]);
    expect(forms).toEqual(['katabu']);
  });

  it('a chain of doubling patterns stops at the first form past the length, after the forms before it', () => {
    const { grammar } = compileGrammar(doublingChain(30));
    const lengths: number[] = [];
    const summaries = generateInto(grammar, { id: 7, lemma: 'katab', patterns: [1] }, (form) => lengths.push(form.surface.length));
    expect(summaries).toEqual([{ kind: 'error', patternId: 1, error: { code: 'form-too-long', message: message('d0'), lexemeId: 7, patternId: 1 } }]);
    // 10, 20, ..., 40960: the next doubling, 81920, passes the length.
    expect(lengths).toEqual(Array.from({ length: 13 }, (_, k) => 5 * 2 ** (k + 1)));
    expect(5 * 2 ** 14).toBeGreaterThan(MAX_REDUPLICATED_LENGTH);
  });

  it('a form of exactly the longest length is made', () => {
    const { grammar } = compileGrammar([doubling(16)]);
    const lengths: number[] = [];
    const summaries = generateInto(grammar, { id: 7, lemma: 'x', patterns: [1] }, (form) => lengths.push(form.surface.length));
    expect(summaries).toEqual([{ kind: 'forms', patternId: 1, count: 1 }]);
    expect(lengths).toEqual([MAX_REDUPLICATED_LENGTH]);
  });
});
