import { generateLexeme } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('suffix rules strip and add at the end where the condition holds', () => {
  const grammar = grammarOf(`pattern en-noun
rule => N;SG
rule suffix -y +ies /[^aeiou]y/ => N;PL
rule suffix +s /[aeiou]y/ => N;PL
rule suffix +es /[sxz]/ => N;PL
rule suffix +s /[^sxyz]/ => N;PL
rule suffix +"'s" => N;GEN`);

  it.each([
    ['city', ['city N;SG', 'cities N;PL', "city's N;GEN"]],
    ['day', ['day N;SG', 'days N;PL', "day's N;GEN"]],
    ['box', ['box N;SG', 'boxes N;PL', "box's N;GEN"]],
    ['dog', ['dog N;SG', 'dogs N;PL', "dog's N;GEN"]],
  ])('%s', (lemma, forms) => {
    expect(formsOf(generateLexeme(grammar, lexeme(lemma))[0])).toEqual(forms);
  });

  it('yields no form when the strip does not end the form, even if the condition holds', () => {
    const only = grammarOf(`pattern p\nrule suffix -ies +y /s/ => N;SG`);
    expect(formsOf(generateLexeme(only, lexeme('cats'))[0])).toBe('no-match');
    expect(formsOf(generateLexeme(only, lexeme('cities'))[0])).toEqual(['city N;SG']);
  });

  it('gives no-match when no rule of the pattern yields a form', () => {
    const only = grammarOf(`pattern p\nrule suffix -y +ies /[^aeiou]y/ => N;PL`);
    expect(generateLexeme(only, lexeme('dog'))).toEqual([{ kind: 'no-match', patternId: 1 }]);
  });

  it('checks the condition on the form before the strip (Hunspell semantics)', () => {
    const only = grammarOf(`pattern p\nrule suffix -e +ing /[^e]e/ => V;PTCP`);
    expect(formsOf(generateLexeme(only, lexeme('make'))[0])).toEqual(['making V;PTCP']);
    expect(formsOf(generateLexeme(only, lexeme('see'))[0])).toBe('no-match');
  });

  it('yields an empty form when a strip leaves nothing', () => {
    const only = grammarOf(`pattern p\nrule suffix -a => X\nrule suffix -a +b => Y`);
    expect(formsOf(generateLexeme(only, lexeme('a'))[0])).toEqual([' X', 'b Y']);
  });

  it('starts from the stem when the lexeme has one', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('mouse', { stem: 'mice', patterns: [1] }))[0])).toEqual([
      'mice N;SG',
      'mices N;PL',
      "mice's N;GEN",
    ]);
  });
});
