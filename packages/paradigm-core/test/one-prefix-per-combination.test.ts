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

  // nagyanul comes through `ne`, which is not cross, so it is not combined either (libhunspell combines
  // a prefix with a second suffix only when its class is a cross product too).
  it('combines only the forms without a prefix, through cross patterns only: nagyobb, nagyan; not legnagyobb, nenagyan, nagyanul', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [1, 2] }))).toEqual([
      'megnagy PFV',
      'nagyobb CMP',
      'legnagyobb SUP',
      'nagyan ADV',
      'nenagyan ADV;NEG',
      'nagyanul ADV;ESS',
      'megnagyobb CMP;PFV',
      'megnagyan ADV;PFV',
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
    ]);
  });
});

describe('a suffix form derived through a continuation pattern without cross is not combined with a cross prefix', () => {
  // Hunspell `PFX C Y 1`, `PFX C 0 re .`, `SFX E Y 1`, `SFX E 0 a/AB .`, `SFX A N 1`, `SFX A 0 z .`,
  // `SFX B Y 1`, `SFX B 0 y .`, `bo/CE`: libhunspell accepts reboay and rejects reboaz.
  const grammar = grammarOf(
    `pattern pfx-c cross
rule prefix +re => C`,
    `pattern sfx-e cross
rule suffix +a => E > sfx-a sfx-b`,
    `pattern sfx-a
rule suffix +z => A`,
    `pattern sfx-b cross
rule suffix +y => B`,
  );

  it('combines the forms of the cross continuation (reboay), not those of the other (reboaz)', () => {
    expect(paradigm(grammar, lexeme('bo', { patterns: [1, 2] }))).toEqual([
      'rebo C',
      'boa E',
      'boaz E;A',
      'boay E;B',
      'reboa E;C',
      'reboay E;B;C',
    ]);
  });
});

describe('needaffix in a combination', () => {
  // Hunspell `NEEDAFFIX N`, `PFX P 0 re/N .`, `PFX Q 0 un .`, `SFX S 0 s/N .`, `SFX T 0 ed .`, `work/PQST`:
  // libhunspell accepts reworked and unworks, and rejects reworks (a suffix's NEEDAFFIX is met by a
  // prefix without the flag only).
  const grammar = grammarOf(
    `pattern pfx-p cross
rule prefix +re => P [needaffix]`,
    `pattern pfx-q cross
rule prefix +un => Q`,
    `pattern sfx-s cross
rule suffix +s => S [needaffix]`,
    `pattern sfx-t cross
rule suffix +ed => T`,
  );

  it('is met by the other affix, not when both rules are needaffix', () => {
    expect(paradigm(grammar, lexeme('work', { patterns: [1, 2, 3, 4] }))).toEqual(['unwork Q', 'unworks S;Q', 'worked T', 'reworked T;P', 'unworked T;Q']);
  });
});
