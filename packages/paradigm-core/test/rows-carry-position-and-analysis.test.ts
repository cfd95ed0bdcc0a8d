import { compileGrammar, generateInto, generateRows, splitPatternFile } from '@paradigm/core';

const { grammar, errors } = compileGrammar(
  splitPatternFile(`pattern verb
rule gloss +"<inf>" => V;INF > person
rule suffix +ed => V;PST
rule suffix +ing gloss +"<ger>" => V;GER

pattern person
rule suffix +s gloss +"<p3>" => 3SG
rule => BARE

pattern noun
rule => N;SG
rule suffix +s => N;PL
`),
);

describe('generateRows gives each form its position in generation order and its analysis, null when no gloss was added', () => {
  it('numbers the forms of each pattern from 0 in the author order, continuations right after their parent', () => {
    expect(errors).toEqual([]);
    const rows: unknown[][] = [];
    generateRows(grammar, { id: 7, lemma: 'walk', patterns: [1, 3] }, { add: (...row) => rows.push(row) });
    expect(rows).toEqual([
      [7, 1, 'V;INF', 'walk', 0, 'walk<inf>'],
      [7, 1, 'V;INF;3SG', 'walks', 1, 'walk<inf><p3>'],
      [7, 1, 'V;INF;BARE', 'walk', 2, 'walk<inf>'],
      [7, 1, 'V;PST', 'walked', 3, null],
      [7, 1, 'V;GER', 'walking', 4, 'walk<ger>'],
      [7, 3, 'N;SG', 'walk', 0, null],
      [7, 3, 'N;PL', 'walks', 1, null],
    ]);
  });

  it('gives Form objects the same positions', () => {
    const positions: string[] = [];
    generateInto(grammar, { id: 7, lemma: 'walk', gloss: 'go', patterns: [3, 1] }, (form) => positions.push(`${form.position} ${form.surface} ${form.analysis}`));
    expect(positions).toEqual(['0 walk go', '1 walks go', '0 walk go<inf>', '1 walks go<inf><p3>', '2 walk go<inf>', '3 walked go', '4 walking go<ger>']);
  });
});
