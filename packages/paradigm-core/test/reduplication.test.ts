import { generateLexeme } from '@paradigm/core';
import { formsOf, grammarOf, lexeme } from './support/grammar';

describe('redup copies part of the form before it, or after it with suffix', () => {
  const grammar = grammarOf(`pattern r
vowels: ə
rule redup cv => CV
rule redup syllable => SYL
rule redup total => TOT
rule redup cv suffix => CV.AFTER
rule redup total suffix suffix +an => TOT.AN`);

  it.each([
    ['bili', ['bibili CV', 'bibili SYL', 'bilibili TOT', 'bilibi CV.AFTER', 'bilibilian TOT.AN']],
    ['kanta', ['kakanta CV', 'kankanta SYL', 'kantakanta TOT', 'kantaka CV.AFTER', 'kantakantaan TOT.AN']],
    ['trabaho', ['tatrabaho CV', 'tratrabaho SYL', 'trabahotrabaho TOT', 'trabahota CV.AFTER', 'trabahotrabahoan TOT.AN']],
    ['ulo', ['uulo CV', 'uulo SYL', 'uloulo TOT', 'ulou CV.AFTER', 'ulouloan TOT.AN']],
    ['bəla', ['bəbəla CV', 'bəbəla SYL', 'bəlabəla TOT', 'bəlabə CV.AFTER', 'bəlabəlaan TOT.AN']],
  ])('%s', (lemma, forms) => {
    expect(formsOf(generateLexeme(grammar, lexeme(lemma))[0])).toEqual(forms);
  });

  it('yields no form for cv and syllable when the form has no vowel', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('hmm'))[0])).toEqual(['hmmhmm TOT', 'hmmhmman TOT.AN']);
  });

  it('copies the first radical and the vowel after it with redup radical', () => {
    const rooted = grammarOf(`pattern r\nrule template C-a-C-a-C redup radical => INT\nrule redup radical suffix => X`);
    expect(formsOf(generateLexeme(rooted, lexeme('kataba', { root: ['k', 't', 'b'] }))[0])).toEqual(['kakatab INT', 'katabaka X']);
    expect(formsOf(generateLexeme(rooted, lexeme('taktab', { root: ['t', 'k', 'b'] }))[0])).toEqual(['tatakab INT', 'taktabta X']);
  });
});
