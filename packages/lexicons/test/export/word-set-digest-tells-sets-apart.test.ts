// The Hunspell writer compares a lexeme's words with what its lines read back as through a digest of each
// set: the same set in any order gives the same digest, and another set another.
import { WordSetDigest } from '../../src/export/hunspell/word-set-digest';

describe('WordSetDigest', () => {
  const words = ['kutya', 'kutyák', 'kutyát', 'kutyáé', 'ſ', '', 'a\u0301', 'á'];

  it('is the same for a set in any order', () => {
    const reversed = [...words].reverse();
    expect(WordSetDigest.of(reversed).equals(WordSetDigest.of(words))).toBe(true);
    expect(WordSetDigest.of(words).size).toBe(8);
  });

  it('differs for a set with a word missing, a word more, or a word changed (NFC against NFD, one letter)', () => {
    const base = WordSetDigest.of(words);
    expect(WordSetDigest.of(words.slice(1)).equals(base)).toBe(false);
    expect(WordSetDigest.of([...words, 'kutyám']).equals(base)).toBe(false);
    expect(WordSetDigest.of(words.map((word) => (word === 'á' ? 'a\u0301x' : word))).equals(base)).toBe(false);
    expect(WordSetDigest.of(words.map((word) => (word === 'kutyát' ? 'kutyád' : word))).equals(base)).toBe(false);
  });

  it('tells apart 200,000 sets of one word each, and the sets of pairs of them', () => {
    const seen = new Set<string>();
    const key = (digest: WordSetDigest) => JSON.stringify(digest);
    for (let i = 0; i < 200_000; i++) seen.add(key(WordSetDigest.of([`w${i}`])));
    for (let i = 0; i < 100_000; i += 2) seen.add(key(WordSetDigest.of([`w${i}`, `w${i + 1}`])));
    expect(seen.size).toBe(250_000);
  });
});
