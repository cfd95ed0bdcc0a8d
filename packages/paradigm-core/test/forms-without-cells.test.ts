import { generateInto, generateRows, type Form } from '@paradigm/core';
import { grammarOf, lexeme } from './support/grammar';

describe('generation without cells', () => {
  const grammar = grammarOf(
    'pattern noun cross\nrule suffix +"" => N;SG\nrule suffix +s => N;PL > poss\n',
    'pattern poss cross\nrule suffix +"\'" gloss +"<poss>" => POSS\n',
    'pattern pre cross\nrule prefix +un => NEG\n',
  );
  const entry = lexeme('cat', { patterns: [3, 1] });

  it('gives the same forms, surfaces, analyses and positions, every cell empty', () => {
    const withCells: Form[] = [];
    const without: Form[] = [];
    const summaries = generateInto(grammar, entry, (form) => withCells.push(form));
    expect(generateInto(grammar, entry, (form) => without.push(form), { cells: false })).toEqual(summaries);
    expect(withCells.map((form) => form.cell)).toEqual(['NEG', 'N;SG', 'N;PL', 'N;PL;POSS', 'N;SG;NEG', 'N;PL;NEG', 'N;PL;POSS;NEG']);
    expect(without).toEqual(withCells.map((form) => ({ ...form, cell: '' })));
    const rows: string[] = [];
    generateRows(grammar, entry, { add: (_lexeme, _pattern, cell, surface, position, analysis) => rows.push(`${surface}|${cell}|${position}|${analysis}`) }, { cells: false });
    expect(rows).toEqual(withCells.map((form) => `${form.surface}||${form.position}|${form.analysis === 'cat' ? null : form.analysis}`));
  });
});
