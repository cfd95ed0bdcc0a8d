import { compilePattern, generateLexeme, PatternSyntaxError } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('ablaut replaces the rightmost FROM of a scheme, longest first', () => {
  const grammar = grammarOf(`pattern en-strong
scheme past: i>a, ee>e, e>o
scheme ptcp: i>u
rule => V;INF
rule ablaut past => V;PST
rule ablaut ptcp => V;PTCP`);

  it('maps sing to sang/sung and feed to fed (ee before e)', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('sing'))[0])).toEqual(['sing V;INF', 'sang V;PST', 'sung V;PTCP']);
    expect(formsOf(generateLexeme(grammar, lexeme('feed'))[0])).toEqual(['feed V;INF', 'fed V;PST']);
  });

  it('replaces only the rightmost occurrence', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('bitting'))[0])).toEqual(['bitting V;INF', 'bittang V;PST', 'bittung V;PTCP']);
  });

  it('yields no form when no FROM occurs', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('run'))[0])).toEqual(['run V;INF']);
  });

  it('rejects an unknown scheme at compile time, naming it', () => {
    const compile = () => compilePattern({ id: 1, name: 'p', source: 'pattern p\nrule ablaut past => V;PST' });
    expect(compile).toThrow(PatternSyntaxError);
    expect(compile).toThrow('pattern "p", line 2, column 6: unknown ablaut scheme "past"; declare it with "scheme past: FROM>TO, ..."');
  });

  it('rejects a template scheme that changes no letter of the skeleton', () => {
    expect(() => compilePattern({ id: 1, name: 'p', source: 'pattern p\nscheme s: o>u\nrule template CaCaC ablaut s => X' })).toThrow(
      'pattern "p", line 3, column 21: the scheme "s" changes no letter of the skeleton "CaCaC"',
    );
  });
});
