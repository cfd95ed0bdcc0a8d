import { readFileSync } from 'node:fs';
import { parseApertium } from '@paradigm/lexicons';
import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('pardefs become patterns, dictionary entries lexemes', () => {
  const file = fixture('basic.dix');
  const expected = lines(
    'house:house<n><sg>',
    'houses:house<n><pl>',
    'city:city<n><sg>',
    'cities:city<n><pl>',
    'sing:sing<vblex><inf>',
    'sang:sing<vblex><past>',
    'dog:dog<n><sg>',
    'dogs:dog<n><pl>',
    'soon:soon<adv>',
    'never:never',
  );

  it('expands like lt-expand', () => {
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });

  it('writes one pattern per pardef, one rule per entry, tags as the cell', () => {
    const lexicon = parseApertium(readFileSync(file, 'utf8'), 'basic.dix');
    expect(lexicon.format).toBe('apertium');
    expect(lexicon.source).toBe('basic.dix');
    expect(lexicon.patterns).toEqual([
      { id: 1, name: 'house__n', source: 'pattern house__n\nrule gloss +"<n><sg>" => n;sg\nrule suffix +"s" gloss +"<n><pl>" => n;pl\n' },
      {
        id: 2,
        name: 'cit/y__n',
        source: 'pattern cit/y__n\nrule suffix +"y" gloss +"y<n><sg>" => n;sg\nrule suffix +"ies" gloss +"y<n><pl>" => n;pl\n',
      },
      {
        id: 3,
        name: 's/ing__vblex',
        source: 'pattern s/ing__vblex\nrule suffix +"ing" gloss +"ing<vblex><inf>" => vblex;inf\nrule suffix +"ang" gloss +"ing<vblex><past>" => vblex;past\n',
      },
      { id: 4, name: 'entry:adv', source: 'pattern entry:adv\nrule gloss +"<adv>" => adv\n' },
      { id: 5, name: 'entry', source: 'pattern entry\nrule =>\n' },
    ]);
    expect(lexicon.lexemes).toEqual([
      { id: 1, lemma: 'house', stem: 'house', gloss: 'house', patterns: [1] },
      { id: 2, lemma: 'city', stem: 'cit', gloss: 'cit', patterns: [2] },
      { id: 3, lemma: 'sing', stem: 's', gloss: 's', patterns: [3] },
      { id: 4, lemma: 'dog', stem: 'dog', gloss: 'dog', patterns: [1] },
      { id: 5, lemma: 'soon', stem: 'soon', gloss: 'soon', patterns: [4] },
      { id: 6, lemma: 'never', stem: 'never', gloss: 'never', patterns: [5] },
    ]);
  });
});

describe('a pardef with an empty name', () => {
  it("is no pardef to lt-expand: its entries are the dictionary's, printed where they stand", () => {
    const file = fixture('pardef-without-name.dix');
    expect(ourExpand(file)).toBe(lines('a:b', 'c:c', 'ys:y<pl>'));
    expect(ourExpand(file)).toBe(ltExpand(file));
  });
});

