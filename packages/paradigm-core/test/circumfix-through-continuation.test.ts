import { grammarOf, lexeme, paradigm } from './support/grammar';

describe('a circumfix suffix rule continuing into a circumfix prefix rule satisfies both (Hunspell CIRCUMFIX)', () => {
  // hunspell's tests/circumfix.aff: SFX C 0 obb/AX, PFX A 0 leg/X, CIRCUMFIX X, as the importer emits it.
  const grammar = grammarOf(
    `pattern sfx-c cross
rule suffix +obb => CMP
rule suffix +obb => SUP > leg [circumfix]
rule suffix +obb => XSUP > legesleg [circumfix]`,
    `pattern leg
rule prefix +leg => [circumfix]`,
    `pattern legesleg
rule prefix +legesleg => [circumfix]`,
    `pattern same-side
rule suffix +obb => SUP > more [circumfix]`,
    `pattern more
rule suffix +ik => MORE [circumfix]
rule suffix +ak => PLAIN`,
    `pattern plain-leg
rule prefix +leg => PLAIN`,
    `pattern to-plain-prefix
rule suffix +obb => SUP > plain-leg [circumfix]`,
    `pattern pfx-first
rule prefix +leg => SUP > sfx-end [circumfix]`,
    `pattern sfx-end
rule suffix +obb => [circumfix]
rule suffix +ebb => PLAIN`,
  );

  it('emits the prefixed form; the suffix form alone stays held back', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [1] }))).toEqual(['nagyobb CMP', 'legnagyobb SUP', 'legeslegnagyobb XSUP']);
  });

  it('works the other way round: a circumfix prefix rule continuing into a circumfix suffix rule', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [8] }))).toEqual(['legnagyobb SUP']);
  });

  it('keeps the restriction when the continuation stays on the same side (suffix into suffix)', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [4] }))).toEqual([]);
  });

  it('keeps the restriction when the prefix rule of the continuation is not circumfix', () => {
    expect(paradigm(grammar, lexeme('nagy', { patterns: [7] }))).toEqual([]);
  });
});
