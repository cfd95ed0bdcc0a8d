/** The code points `redup` treats as vowels: `aeiou` plus the pattern's `vowels:` declarations. */
export type VowelSet = ReadonlySet<number>;

const DEFAULT_VOWELS = 'aeiou';

export function vowelSet(declared: Iterable<string>): VowelSet {
  const set = new Set<number>();
  for (const ch of DEFAULT_VOWELS) set.add(ch.codePointAt(0)!);
  for (const vowel of declared) set.add(vowel.codePointAt(0)!);
  return set;
}
