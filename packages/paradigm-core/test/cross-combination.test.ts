import { generateLexeme, type PatternOutcome } from '@paradigm/core';
import { grammarOf, lexeme } from './support/grammar';

const rows = (outcome: PatternOutcome) =>
  outcome.kind === 'forms' ? outcome.forms.map((f) => `${f.surface} ${f.cell} ${f.analysis} ${f.patternId}`) : outcome.kind;

describe('cross patterns combine every suffix form with every prefix rule (Hunspell cross product)', () => {
  const grammar = grammarOf(
    `pattern en-pfx cross
rule prefix +re => ITER
rule prefix +un gloss +"<neg>" => NEG`,
    `pattern en-sfx cross
rule suffix +ed gloss +"<pst>" => PST
rule suffix +ing => PTCP`,
    `pattern plain-pfx
rule prefix +re => ITER`,
  );

  it('adds the combinations after the suffix pattern\'s own forms, suffix cell then prefix cell', () => {
    const outcomes = generateLexeme(grammar, lexeme('do', { patterns: [1, 2] }));
    expect(outcomes.map(rows)).toEqual([
      ['redo ITER do 1', 'undo NEG do<neg> 1'],
      [
        'doed PST do<pst> 2',
        'doing PTCP do 2',
        'redoed PST;ITER do<pst> 2',
        'undoed PST;NEG do<pst><neg> 2',
        'redoing PTCP;ITER do 2',
        'undoing PTCP;NEG do<neg> 2',
      ],
    ]);
  });

  it('combines the same way whichever side the lexeme lists first', () => {
    const outcomes = generateLexeme(grammar, lexeme('do', { patterns: [2, 1] }));
    expect(outcomes.map(rows)).toEqual([
      ['doed PST do<pst> 2', 'doing PTCP do 2', 'redoed PST;ITER do<pst> 2', 'undoed PST;NEG do<pst><neg> 2', 'redoing PTCP;ITER do 2', 'undoing PTCP;NEG do<neg> 2'],
      ['redo ITER do 1', 'undo NEG do<neg> 1'],
    ]);
  });

  it('does not combine with a pattern that is not cross', () => {
    const outcomes = generateLexeme(grammar, lexeme('do', { patterns: [3, 2] }));
    expect(outcomes.map(rows)).toEqual([['redo ITER do 3'], ['doed PST do<pst> 2', 'doing PTCP do 2']]);
  });
});

describe('circumfix rules appear only in a combination whose other rule is also circumfix', () => {
  const grammar = grammarOf(
    `pattern de-pfx cross
rule prefix +ge => PTCP [circumfix]
rule prefix +un => NEG`,
    `pattern de-sfx cross
rule suffix +t => [circumfix]
rule suffix +en => INF`,
  );

  it('pairs circumfix with circumfix and plain with plain', () => {
    expect(generateLexeme(grammar, lexeme('lieb', { patterns: [1, 2] })).map(rows)).toEqual([
      ['unlieb NEG lieb 1'],
      ['lieben INF lieb 2', 'geliebt PTCP lieb 2', 'unlieben INF;NEG lieb 2'],
    ]);
  });

  it('emits no circumfix form without its partner', () => {
    expect(generateLexeme(grammar, lexeme('lieb', { patterns: [2] })).map(rows)).toEqual([['lieben INF lieb 2']]);
  });
});
