import type { Rng } from './prng';

/**
 * The synthetic language's sounds. A few consonants are outside ASCII (š, ħ, ʕ) so every dataset
 * exercises UTF-8 end to end; long vowels are declared to the pattern language with `vowels:`.
 */
export const CONSONANTS = ['p', 't', 'k', 'b', 'd', 'g', 'm', 'n', 's', 'z', 'f', 'l', 'r', 'h', 'w', 'y', 'q', 'š', 'ħ', 'ʕ'] as const;
export const SHORT_VOWELS = ['a', 'i', 'u', 'e', 'o'] as const;
export const LONG_VOWELS = ['ā', 'ī', 'ū'] as const;
/** The `vowels:` header line that declares the long vowels (short ones are built in). */
export const VOWELS_LINE = `vowels: ${LONG_VOWELS.join(' ')}`;

/** Roots of 2 to 4 radicals, mostly 3 (as in Semitic lexicons). */
/** The numbers of radicals {@link makeRoot} gives a root. */
export const ROOT_LENGTHS: readonly number[] = [2, 3, 4];

export function makeRoot(rng: Rng): string[] {
  const r = rng.next();
  const length = r < 0.15 ? 2 : r < 0.8 ? 3 : 4;
  return Array.from({ length }, () => rng.pick(CONSONANTS));
}

/**
 * A citation form built from the root (`k-t-b` -> `katab`), ending in a vowel one time in four so
 * that affix conditions on the last letter split the lexicon.
 */
export function makeLemma(rng: Rng, root: readonly string[]): string {
  const v = () => rng.pick(SHORT_VOWELS);
  let lemma: string;
  if (root.length === 2) lemma = `${root[0]}${v()}${root[1]}`;
  else if (root.length === 3) lemma = `${root[0]}${v()}${root[1]}${v()}${root[2]}`;
  else lemma = `${root[0]}${v()}${root[1]}${root[2]}${v()}${root[3]}`;
  return rng.chance(0.25) ? lemma + v() : lemma;
}
