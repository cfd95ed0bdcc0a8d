// The patterns parseApertium hands to paradigm-core as syntax trees (what `expand` compiles) are the pattern
// text an import stores, as paradigm-core parses it: the same trees but for positions, the same expansion.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePatternSource } from '@paradigm/core';
import { expandApertiumText, parseApertium, readApertiumFile, type ImportedLexicon } from '@paradigm/lexicons';
import { withoutPositions } from '../support/without-positions';
import { FIXTURES, URD_DIX } from './support/lt-expand';

const FILES = [...readdirSync(FIXTURES).filter((name) => name.endsWith('.dix')).map((name) => join(FIXTURES, name)), URD_DIX];

describe('the syntax trees parseApertium hands to the compiler', () => {
  it.each(FILES)('are what the pattern text it stores parses to: %s', (file) => {
    const lexicon = parseApertium(readApertiumFile(file), file);
    expect(lexicon.trees.map((tree) => [tree.id, tree.name])).toEqual(lexicon.patterns.map((pattern) => [pattern.id, pattern.name]));
    for (const [k, tree] of lexicon.trees.entries()) {
      expect(withoutPositions(tree.ast)).toEqual(withoutPositions(parsePatternSource(lexicon.patterns[k]!.source, { normalize: 'none' })));
    }
  });

  it('expand as the pattern text does', () => {
    const lexicon = parseApertium(readApertiumFile(URD_DIX), URD_DIX);
    const textOnly: ImportedLexicon = { format: lexicon.format, source: lexicon.source, patterns: lexicon.patterns, lexemes: lexicon.lexemes };
    expect([...expandApertiumText(lexicon)].join('') === [...expandApertiumText(textOnly)].join('')).toBe(true);
  });
});
