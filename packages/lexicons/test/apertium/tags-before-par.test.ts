import { readFileSync } from 'node:fs';
import { parseApertium } from '@paradigm/lexicons';
import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('tags before the first <par>, and entries without a <par>', () => {
  const file = fixture('tags-before-par.dix');

  it('expands like lt-expand', () => {
    const expected = lines('foo:bar<n><sg>', 'foos:>:bar<n><pl>', 'pre:pre<n><cmp>', '.:.<sent>', '":<lquot>');
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });

  it('ends the lexeme gloss at the first tag and puts the tags in a head rule, so they reach the cell', () => {
    const lexicon = parseApertium(readFileSync(file, 'utf8'), 'tags-before-par.dix');
    expect(lexicon.lexemes[0]).toEqual({ id: 1, lemma: 'foo', stem: 'foo', gloss: 'bar', patterns: [2] });
    expect(lexicon.patterns[1]).toEqual({ id: 2, name: 'head:n', source: 'pattern head:n\nrule gloss +"<n>" => n > num [needaffix]\n' });
    expect(lexicon.lexemes[3]).toEqual({ id: 4, lemma: '"', stem: '"', gloss: '', patterns: [5] });
  });
});
