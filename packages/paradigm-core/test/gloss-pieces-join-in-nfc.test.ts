import { compileGrammar, generateLexeme } from '@paradigm/core';

// Found by the never-throws property test: two gloss texts, each NFC alone, whose join is not.
describe('gloss texts of one rule join in NFC', () => {
  it('"a" then a combining acute gives the precomposed á on the analysis tape', () => {
    const source = 'pattern p\nrule gloss +"a" gloss +"\\u0301" => X';
    const { grammar, errors } = compileGrammar([{ id: 1, name: 'p', source }]);
    expect(errors).toEqual([]);
    const [outcome] = generateLexeme(grammar, { id: 1, lemma: '', stem: 'a', patterns: [1] });
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => [...f.analysis].map((c) => c.codePointAt(0)))).toEqual([[0xe1]]);
  });

  it('keeps the pieces as written with normalize: none', () => {
    const source = 'pattern p\nrule gloss +"a" gloss +"\\u0301" => X';
    const { grammar } = compileGrammar([{ id: 1, name: 'p', source }], { normalize: 'none' });
    const [outcome] = generateLexeme(grammar, { id: 1, lemma: '', stem: 'a', patterns: [1] });
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => [...f.analysis].map((c) => c.codePointAt(0)))).toEqual([[0x61, 0x301]]);
  });
});
