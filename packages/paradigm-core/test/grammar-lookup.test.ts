import { compileGrammar, FORMAT_VERSION } from '@paradigm/core';

describe('a grammar looks patterns up by id and by name', () => {
  const { grammar, errors } = compileGrammar([
    { id: 10, name: 'en-noun', source: 'pattern en-noun\nrule => N;SG' },
    { id: 20, name: 'ar/verb:1', source: 'pattern ar/verb:1\nrule template CaCaC => V' },
    { id: 30, name: 'bad', source: 'pattern bad\nrule oops => X' },
  ]);

  it('holds the compiled patterns only, with version and size', () => {
    expect(errors.map((e) => [e.code, e.patternId, e.line, e.column])).toEqual([['syntax', 30, 2, 6]]);
    expect([grammar.formatVersion, grammar.size]).toEqual([FORMAT_VERSION, 2]);
    expect([grammar.pattern(10)?.name, grammar.patternByName('ar/verb:1')?.id]).toEqual(['en-noun', 20]);
    expect([grammar.pattern(30), grammar.patternByName('bad'), grammar.pattern(99)]).toEqual([undefined, undefined, undefined]);
  });
});
