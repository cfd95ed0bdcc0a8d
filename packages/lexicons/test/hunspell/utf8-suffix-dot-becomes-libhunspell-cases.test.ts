// A UTF-8 suffix condition's "." with positions to its left becomes the cases libhunspell 1.7 reads it as
// (one rule each); other conditions, and conditions that would become too many rules, stay as written.
import { conditionText, OneByteChars, parseCondition, utf8SuffixAlternatives } from '../../src/hunspell/affix-condition';

function cases(condition: string, oneByte = new OneByteChars()): string[] {
  const parsed = parseCondition(condition, { kind: 'SFX', utf8: true, complexPrefixes: false });
  if (parsed.kind !== 'ok') throw new Error(parsed.reason);
  return utf8SuffixAlternatives(parsed.positions, oneByte).map((positions) => conditionText(positions, 'SFX', 0));
}

describe('UTF-8 suffix conditions as libhunspell reads them', () => {
  it('splits a "." with positions to its left into multi-byte, one-byte after one-byte, and one-byte after multi-byte', () => {
    expect(cases('[áéíóúŕýô].a')).toEqual(['[áéíóúŕýô][^\\u0001-\\u007F]a', '[áéíóúŕýô][^\\u0001-\\u007F][\\u0001-\\u007F]a']);
    expect(cases('[^p].eler')).toEqual([
      '[^p][^\\u0001-\\u007F]eler',
      '[\\u0001-\\u006F\\u0071-\\u007F][\\u0001-\\u007F]eler',
      '[^p][^\\u0001-\\u007F][\\u0001-\\u007F]eler',
    ]);
  });

  it('leaves a leftmost "." and conditions without "." as written', () => {
    expect(cases('.[^aeiou]y')).toEqual(['.[^aeiou]y']);
    expect(cases('[^y]')).toEqual(['[^y]']);
  });

  it('reads a renamed character as the one it stands for', () => {
    expect(cases('x.a', new OneByteChars({ char: '’', for: "'" }))).toEqual([
      'x[^\\u0001-\\u007F\\u2019]a',
      'x[\\u0001-\\u007F\\u2019]a',
      'x[^\\u0001-\\u007F\\u2019][\\u0001-\\u007F\\u2019]a',
    ]);
  });

  it('keeps the one-letter reading where the cases would pass 64 rules (five "." with positions to their left)', () => {
    expect(cases('.....a')).toHaveLength(55);
    expect(cases('......a')).toEqual(['......a']);
  });
});
