import { joinNfc } from '../src/text/nfc';

/** Every code point of the engine's Unicode version that can stand alone in NFC text. */
function nfcCodePoints(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const text = String.fromCodePoint(cp);
    if (text.normalize('NFC') === text) out.push(text);
  }
  return out;
}

/** `[left, right, joinNfc(left, right)]` wherever joinNfc differs from normalising the concatenation. */
function mismatches(pairs: Iterable<readonly [string, string]>): string[][] {
  const out: string[][] = [];
  for (const [left, right] of pairs) {
    const joined = joinNfc(left, right);
    if (joined !== (left + right).normalize('NFC')) out.push([left, right, joined]);
  }
  return out;
}

describe('joinNfc(left, right) equals (left + right).normalize("NFC") for NFC halves', () => {
  const all = nfcCodePoints();

  it('composes every primary composite from its NFC first part and its last code point', () => {
    const pairs: [string, string][] = [];
    for (const composite of all) {
      const parts = Array.from(composite.normalize('NFD'));
      if (parts.length >= 2) pairs.push([parts.slice(0, -1).join('').normalize('NFC'), parts[parts.length - 1]]);
    }
    expect(pairs.length).toBeGreaterThan(2000);
    expect(mismatches(pairs)).toEqual([]);
  });

  // Astral starts are always normalised, so the BMP is where joinNfc can go wrong.
  it('reorders every BMP code point of non-zero combining class after marks of class 240 and 1', () => {
    const lefts = ['a\u0345', 'a\u0334', '\u1100', '\uac00', 'क'];
    const bmp = all.filter((text) => text.length === 1);
    expect(mismatches(bmp.flatMap((right) => lefts.map((left) => [left, right] as const)))).toEqual([]);
  });
});
