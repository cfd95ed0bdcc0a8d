import { readFileSync } from 'node:fs';
import { parseApertium } from '@paradigm/lexicons';
import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('r="LR" and r="RL" on pardef items and on entries', () => {
  const file = fixture('directions.dix');

  it('prints unrestricted, then LR, then RL lines per entry, and follows lt-expand where it drops or reorders', () => {
    const expected = lines(
      'box:box<n><sg>',
      'boxs:box<n><pl>',
      'boxen:>:box<n><pl><old>',
      'boxses:<:box<n><pl>',
      // an LR entry: the pardef's LR items first, then its unrestricted ones; RL items dropped
      'oxen:>:ox<n><pl><old>',
      'ox:>:ox<n><sg>',
      'oxs:>:ox<n><pl>',
      'foxses:<:fox<n><pl>',
      'fox:<:fox<n><sg>',
      'foxs:<:fox<n><pl>',
      // "gone" (LR entry, pardef with RL items only) prints nothing
      'solo:>:solo',
      'back:<:back<adj>',
      // LR runs through "lr-and-plain" end at "plain", which has no LR items
      'lostp1:lost<a><a>',
      'lostp2:lost<a><b>',
      'twopp:two<a><a>',
      'twoqq:>:two<b><b>',
      'twopq:>:two<a><b>',
      'twqq:>:tw<b><b>',
      'twpq:>:tw<a><b>',
      'twqp:>:tw<b><a>',
      'twpp:>:tw<a><a>',
    );
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });

  it('marks restricted rules [LR]/[RL] and gives restricted entries filtered copies of the pardef', () => {
    const lexicon = parseApertium(readFileSync(file, 'utf8'), 'directions.dix');
    const source = (name: string) => lexicon.patterns.find((p) => p.name === name)?.source;
    expect(source('mixed')).toBe(
      'pattern mixed\n' +
        'rule gloss +"<n><sg>" => n;sg\n' +
        'rule suffix +"s" gloss +"<n><pl>" => n;pl\n' +
        'rule suffix +"en" gloss +"<n><pl><old>" => n;pl;old [LR]\n' +
        'rule suffix +"ses" gloss +"<n><pl>" => n;pl [RL]\n',
    );
    expect(source('mixed:both:LR')).toBe('pattern mixed:both:LR\nrule gloss +"<n><sg>" => n;sg [LR]\nrule suffix +"s" gloss +"<n><pl>" => n;pl [LR]\n');
    const ox = lexicon.lexemes.find((l) => l.lemma === 'ox')!;
    expect(ox.patterns.map((id) => lexicon.patterns[id - 1].name)).toEqual(['mixed:LR', 'mixed:both:LR']);
    expect(lexicon.lexemes.map((l) => l.lemma)).not.toContain('gone');
  });
});
