import { generateInto, generateLexeme } from '@paradigm/core';
import { grammarOf, lexeme, paradigm } from './support/grammar';

describe('a form with an empty surface is kept: emitted, and fed to continuations', () => {
  const grammar = grammarOf(
    `pattern noun
rule => SG
rule suffix +s gloss +"<pl>" => PL`,
    `pattern clitic
rule suffix -a => [needaffix] > enclitic
rule suffix -a => BARE > enclitic`,
    `pattern enclitic
rule suffix +ki => REL`,
    `pattern only-empty
rule suffix -a => GONE`,
    `pattern pfx cross
rule prefix +re => ITER`,
    `pattern sfx cross
rule suffix -a => CUT`,
  );

  it('emits the stem itself when the stem is empty (an Apertium entry with only a <par>)', () => {
    const [outcome] = generateLexeme(grammar, lexeme('pro', { stem: '', patterns: [1] }));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => [f.surface, f.cell, f.analysis])).toEqual([
      ['', 'SG', 'pro'],
      ['s', 'PL', 'pro<pl>'],
    ]);
  });

  it('feeds an empty needaffix intermediate to its continuations and emits an empty plain form', () => {
    expect(paradigm(grammar, lexeme('a', { patterns: [2] }))).toEqual(['ki REL', ' BARE', 'ki BARE;REL']);
  });

  it('counts a pattern whose only form is empty as forms, not no-match', () => {
    const counts = generateInto(grammar, lexeme('a', { patterns: [4] }), () => undefined);
    expect(counts).toEqual([{ kind: 'forms', patternId: 4, count: 1 }]);
  });

  it('combines an empty suffix form with prefix rules', () => {
    expect(paradigm(grammar, lexeme('a', { patterns: [5, 6] }))).toEqual(['rea ITER', ' CUT', 're CUT;ITER']);
  });
});
