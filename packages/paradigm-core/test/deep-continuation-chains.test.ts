import { checkPatternFiles, compileGrammar, generateLexeme, type PatternSource } from '@paradigm/core';

/**
 * `p1 > p2 > ... > pN`: every link adds an `a` (held back by needaffix), the last pattern adds `x`.
 * `last` replaces the last pattern's rule (or continues it somewhere else).
 */
function chain(length: number, last = 'rule suffix +x => END'): PatternSource[] {
  return Array.from({ length }, (_, k) => {
    const name = `p${k + 1}`;
    const body = k + 1 < length ? `rule suffix +a => [needaffix] > p${k + 2}` : last;
    return { id: k + 1, name, source: `pattern ${name}\n${body}` };
  });
}

describe('continuation chains of any depth compile and generate', () => {
  it.each([5_000, 50_000])('a chain of %i patterns compiles and generates its one form through every link', (length) => {
    const { grammar, errors } = compileGrammar(chain(length));
    expect([errors, grammar.size]).toEqual([[], length]);
    const [outcome] = generateLexeme(grammar, { id: 1, lemma: 'w', patterns: [1] });
    expect(outcome.kind === 'forms' && outcome.forms.map((form) => [form.surface.length, form.surface.slice(-3), form.cell])).toEqual([[length + 1, 'aax', 'END']]);
  });

  it('check walks a 50,000-pattern chain from a lexeme: no pattern is unused, and a pattern off the chain is', () => {
    const text = [...chain(50_000).map((pattern) => pattern.source), 'pattern off\nrule => OFF'].join('\n\n');
    const problems = checkPatternFiles([{ file: 'chain.patterns', text }], { lexemes: [{ patterns: ['p1'] }] });
    expect(problems.map((problem) => [problem.code, problem.patternName])).toEqual([['unused-pattern', 'off']]);
  });

  it('a template at the end of a 10,000-pattern chain still requires a root of the first', () => {
    const { grammar, errors } = compileGrammar(chain(10_000, 'rule template C-a-C-a-C => PERF'));
    expect(errors).toEqual([]);
    const [outcome] = generateLexeme(grammar, { id: 7, lemma: 'rootless', patterns: [1] });
    expect(outcome).toEqual({
      kind: 'error',
      patternId: 1,
      error: {
        code: 'missing-root',
        message: 'lexeme 7 "rootless": pattern "p10000" (a continuation of "p1") uses template "C-a-C-a-C", which needs a root; give the lexeme a root such as k-t-b',
        lexemeId: 7,
        patternId: 1,
      },
    });
  });

  it('a 10,000-pattern chain ending in an unknown name leaves out every link, nearest first', () => {
    const { grammar, errors } = compileGrammar(chain(10_000, 'rule => END > nowhere'));
    expect(grammar.size).toBe(0);
    expect(errors.length).toBe(10_000);
    expect(errors.slice(0, 3).map((error) => [error.code, error.patternName])).toEqual([
      ['unknown-continuation', 'p10000'],
      ['broken-continuation', 'p9999'],
      ['broken-continuation', 'p9998'],
    ]);
    expect(errors[9_999].message).toBe('pattern "p1", line 2, column 33: continues with "p2", which has errors of its own; fix that pattern first');
  });

  it('a cycle through 10,000 patterns is reported for each of them', () => {
    const { grammar, errors } = compileGrammar(chain(10_000, 'rule suffix +b => [needaffix] > p1'));
    expect(grammar.size).toBe(0);
    expect([errors.length, new Set(errors.map((error) => error.code))]).toEqual([10_000, new Set(['cycle'])]);
    expect(errors[0].message.slice(0, 90)).toBe('pattern "p1", line 2, column 33: continuations form a cycle p1 > p2 > p3 > p4 > p5 > p6 > ');
    expect(errors[9_999].message.slice(-54)).toBe('p9999 > p10000 > p1; remove one of these continuations');
  });
});
