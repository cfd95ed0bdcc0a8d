import { generateLexeme, type PatternOutcome } from '@paradigm/core';
import { grammarOf, lexeme } from './support/grammar';

function errorOf(outcome: PatternOutcome): { code: string; message: string } {
  if (outcome.kind !== 'error') throw new Error(`expected an error outcome, got ${outcome.kind}`);
  return { code: outcome.error.code, message: outcome.error.message };
}

describe('data problems in a lexeme become error outcomes naming the input', () => {
  const grammar = grammarOf(
    `pattern ar-verb\nrule template C-a-C-a-C => V;PST`,
    `pattern ar-ptcp\nrule template maC1C2uuC4 => V;PTCP`,
    `pattern redup-root\nrule redup radical => V;ITER`,
    `pattern plain\nrule suffix +s => N;PL`,
  );

  it('reports a skeleton whose slot count does not fit the root, naming skeleton and root', () => {
    const [outcome] = generateLexeme(grammar, { id: 41, lemma: 'kt', root: ['k', 't'], patterns: [1] });
    expect(errorOf(outcome)).toEqual({
      code: 'slot-count',
      message:
        'lexeme 41 "kt": template "C-a-C-a-C" of pattern "ar-verb" has 3 slots but the root "k-t" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots',
    });
  });

  it('reports a numbered slot beyond the root (C4 on a 3-radical root)', () => {
    const [outcome] = generateLexeme(grammar, { id: 42, lemma: 'ktb', root: ['k', 't', 'b'], patterns: [2] });
    expect(errorOf(outcome)).toEqual({
      code: 'radical-index',
      message: 'lexeme 42 "ktb": template "maC1C2uuC4" of pattern "ar-ptcp" uses C4 but the root "k-t-b" has only 3 radicals; fix the root or the skeleton',
    });
  });

  it('reports a template on a lexeme without a root', () => {
    const [outcome] = generateLexeme(grammar, { id: 43, lemma: 'book', patterns: [1] });
    expect(errorOf(outcome)).toEqual({
      code: 'missing-root',
      message: 'lexeme 43 "book": pattern "ar-verb" uses template "C-a-C-a-C", which needs a root; give the lexeme a root such as k-t-b',
    });
  });

  it('reports redup radical on a lexeme without a root', () => {
    const [outcome] = generateLexeme(grammar, { id: 44, lemma: 'book', patterns: [3] });
    expect(errorOf(outcome).code).toBe('missing-root');
  });

  it('reports an empty root and an empty radical', () => {
    expect(errorOf(generateLexeme(grammar, { id: 45, lemma: 'x', root: [], patterns: [1] })[0])).toEqual({
      code: 'empty-root',
      message: 'lexeme 45 "x": the root "" is empty or has an empty radical; pattern "ar-verb" needs radicals such as k-t-b',
    });
    expect(errorOf(generateLexeme(grammar, { id: 46, lemma: 'x', root: ['k', '', 'b'], patterns: [1] })[0]).code).toBe('empty-root');
  });

  it('reports a pattern id that is not in the grammar, and still generates the other patterns', () => {
    const outcomes = generateLexeme(grammar, { id: 47, lemma: 'cat', patterns: [99, 4] });
    expect(errorOf(outcomes[0])).toEqual({
      code: 'unknown-pattern',
      message:
        'lexeme 47 "cat" takes pattern id 99, which is not in the grammar (unknown, or left out for errors); fix the lexeme\'s pattern list or the pattern',
    });
    expect(outcomes[1]).toEqual({
      kind: 'forms',
      patternId: 4,
      forms: [{ lexemeId: 47, patternId: 4, cell: 'N;PL', surface: 'cats', analysis: 'cat', dir: 'both', position: 0 }],
    });
  });

  it('carries lexeme and pattern ids on the error', () => {
    const [outcome] = generateLexeme(grammar, lexeme('kt', { id: 48, root: ['k', 't'], patterns: [1] }));
    expect(outcome.kind === 'error' && [outcome.error.lexemeId, outcome.error.patternId]).toEqual([48, 1]);
  });
});
