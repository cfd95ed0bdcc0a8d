import { grammarOf, lexeme, paradigm } from './support/grammar';

describe('a suffix form that already got a prefix through a continuation is not combined with a cross prefix', () => {
  // hu_HU: a suffix whose continuation names a prefix class, on an entry that also takes a cross prefix
  // class. libhunspell accepts one prefix per word (two only with COMPLEXPREFIXES, through prefix classes).
  const grammar = grammarOf(
    `pattern hu-pfx cross
rule prefix +meg => PFV`,
    `pattern hu-sfx cross
rule suffix +obb => CMP
rule suffix +obb => SUP > leg [circumfix]
rule suffix +an => ADV > ne`,
    `pattern leg
rule prefix +leg => [circumfix]`,
    `pattern ne
rule prefix +ne => NEG
rule suffix +ul => ESS`,
    `pattern pfx-more cross
rule prefix +ki => OUT > meg-again`,
    `pattern meg-again
rule prefix +meg => PFV`,
  );

  it('combines only the forms without a prefix: nagyobb, nagyan, nagyanul; not legnagyobb, nenagyan', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [1, 2] }))).toEqual([
      'megnagy PFV',
      'nagyobb CMP',
      'legnagyobb SUP',
      'nagyan ADV',
      'nenagyan ADV;NEG',
      'nagyanul ADV;ESS',
      'megnagyobb CMP;PFV',
      'megnagyan ADV;PFV',
      'megnagyanul ADV;ESS;PFV',
    ]);
  });

  it('still runs a combined prefix rule\'s own continuations (a second prefix from the prefix side)', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [5, 2] }))).toEqual([
      'kinagy OUT',
      'megkinagy OUT;PFV',
      'nagyobb CMP',
      'legnagyobb SUP',
      'nagyan ADV',
      'nenagyan ADV;NEG',
      'nagyanul ADV;ESS',
      'kinagyobb CMP;OUT',
      'megkinagyobb CMP;OUT;PFV',
      'kinagyan ADV;OUT',
      'megkinagyan ADV;OUT;PFV',
      'kinagyanul ADV;ESS;OUT',
      'megkinagyanul ADV;ESS;OUT;PFV',
    ]);
  });
});
