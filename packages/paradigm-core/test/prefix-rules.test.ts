import { generateLexeme } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('prefix rules strip and add at the start where the condition holds', () => {
  const grammar = grammarOf(`pattern neg
rule prefix +un => NEG
rule prefix +im /[bmp]/ => NEG2
rule prefix -a +e /a[^a]/ => X`);

  it('adds, checks the condition at the start, and strips', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('do'))[0])).toEqual(['undo NEG']);
    expect(formsOf(generateLexeme(grammar, lexeme('possible'))[0])).toEqual(['unpossible NEG', 'impossible NEG2']);
    expect(formsOf(generateLexeme(grammar, lexeme('abc'))[0])).toEqual(['unabc NEG', 'ebc X']);
    expect(formsOf(generateLexeme(grammar, lexeme('aab'))[0])).toEqual(['unaab NEG']);
  });
});
