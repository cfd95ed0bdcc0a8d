import { readFileSync } from 'node:fs';
import { parseApertium } from '@paradigm/lexicons';
import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('a pardef opened again (lt-expand appends to it)', () => {
  const file = fixture('reopened.dix');

  it('gives each use the entries defined above it, as lt-expand does', () => {
    const expected = lines('cat:cat<n><sg>', 'cats:cat<n><pl>', 'dog:dog<n><sg>', 'dogs:dog<n><pl>', 'dogkin:dog<n><dim>');
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });

  it('merges definitions before the first use and starts a new version after it', () => {
    const lexicon = parseApertium(readFileSync(file, 'utf8'), 'reopened.dix');
    expect(lexicon.patterns.map((p) => p.name)).toEqual(['n', 'n:2']);
    expect(lexicon.lexemes.map((l) => l.patterns)).toEqual([[1], [2]]);
  });
});
