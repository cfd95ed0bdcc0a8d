import { generateLexeme } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('template builds forms from the root', () => {
  const grammar = grammarOf(`pattern ar-verb
scheme passive: a>u
rule template C-a-C-a-C => V;PST
rule template maC1C2uuC3 => V;PTCP
rule template C1aC2C2aC3 => V;CAUS
rule template C-aa-C-i-C => V;AG
rule template ta\\CaC-C-a-C => V;X
rule template C-a-C-a-C ablaut passive => V;PASS
rule template C-a-C-a-C suffix +a => V;3SG`);

  it('fills sequential, numbered and geminated slots, with long vowels, affix letters and \\C', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('kataba', { root: ['k', 't', 'b'] }))[0])).toEqual([
      'katab V;PST',
      'maktuub V;PTCP',
      'kattab V;CAUS',
      'kaatib V;AG',
      'taCaktab V;X',
      'kutub V;PASS',
      'kataba V;3SG',
    ]);
  });
});
