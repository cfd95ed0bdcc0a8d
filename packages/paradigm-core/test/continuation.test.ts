import { generateLexeme } from '@paradigm/core';
import { grammarOf, lexeme } from './support/grammar';

describe('continuation feeds a rule form to every rule of the named patterns', () => {
  const grammar = grammarOf(
    `pattern tr-noun
rule => N;SG > tr-case
rule suffix +ler gloss +"<pl>" => N;PL > tr-case`,
    `pattern tr-case
rule => NOM
rule suffix +i gloss +"<acc>" => ACC
rule suffix +de gloss +"<loc>" => LOC > tr-rel`,
    `pattern tr-rel
rule suffix +ki gloss +"<rel>" => REL`,
    `pattern stem-only
rule suffix +a => [needaffix] > tr-rel
rule suffix +o => O [needaffix]`,
  );

  it('nests depth-first after the parent, joining cells and glosses in derivation order', () => {
    const [outcome] = generateLexeme(grammar, lexeme('ev'));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => [f.surface, f.cell, f.analysis])).toEqual([
      ['ev', 'N;SG', 'ev'],
      ['ev', 'N;SG;NOM', 'ev'],
      ['evi', 'N;SG;ACC', 'ev<acc>'],
      ['evde', 'N;SG;LOC', 'ev<loc>'],
      ['evdeki', 'N;SG;LOC;REL', 'ev<loc><rel>'],
      ['evler', 'N;PL', 'ev<pl>'],
      ['evler', 'N;PL;NOM', 'ev<pl>'],
      ['evleri', 'N;PL;ACC', 'ev<pl><acc>'],
      ['evlerde', 'N;PL;LOC', 'ev<pl><loc>'],
      ['evlerdeki', 'N;PL;LOC;REL', 'ev<pl><loc><rel>'],
    ]);
  });

  it('does not emit a needaffix form itself, only what its continuations produce', () => {
    const [outcome] = generateLexeme(grammar, lexeme('ev', { patterns: [4] }));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => `${f.surface} ${f.cell}`)).toEqual(['evaki REL']);
  });

  it('gives no-match when only needaffix forms without continuations would result', () => {
    const only = grammarOf(`pattern p\nrule suffix +o => O [needaffix]`);
    expect(generateLexeme(only, lexeme('ev'))).toEqual([{ kind: 'no-match', patternId: 1 }]);
  });
});
