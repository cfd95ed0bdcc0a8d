import type { RedupKind } from '../syntax/pattern-ast';
import type { VowelSet } from '../compile/vowel-set';

const MARK = /^\p{M}$/u;

function isMark(cp: number): boolean {
  return cp >= 0x300 && MARK.test(String.fromCodePoint(cp));
}

/** Index just past the combining marks (that are not vowels) starting at `index`. */
function skipMarks(text: string, index: number, vowels: VowelSet): number {
  while (index < text.length) {
    const cp = text.codePointAt(index)!;
    if (!isMark(cp) || vowels.has(cp)) break;
    index += cp > 0xffff ? 2 : 1;
  }
  return index;
}

/** Code-unit index of the first vowel at or after `from`, or -1. */
function firstVowel(text: string, from: number, vowels: VowelSet): number {
  for (let index = from; index < text.length; ) {
    const cp = text.codePointAt(index)!;
    if (vowels.has(cp)) return index;
    index += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** End of the vowel (with its marks) that starts at `index`. */
function vowelEnd(text: string, index: number, vowels: VowelSet): number {
  const cp = text.codePointAt(index)!;
  return skipMarks(text, index + (cp > 0xffff ? 2 : 1), vowels);
}

/** End of the consonant unit (a non-vowel code point and its marks) at `index`, or -1 if none there. */
function consonantEnd(text: string, index: number, vowels: VowelSet): number {
  if (index >= text.length) return -1;
  const cp = text.codePointAt(index)!;
  if (vowels.has(cp)) return -1;
  return skipMarks(text, index + (cp > 0xffff ? 2 : 1), vowels);
}

/**
 * The part of `text` that `redup KIND` copies, or null when the form has no such part (no vowel, or the
 * root's first radical does not occur): the rule then yields no form. Combining marks stay with the
 * letter they follow, so a Devanagari consonant keeps its nukta and a vowel its diacritics.
 */
export function reduplicant(kind: RedupKind, text: string, vowels: VowelSet, root: readonly string[] | undefined): string | null {
  switch (kind) {
    case 'total':
      return text;
    case 'cv': {
      const consonant = consonantEnd(text, 0, vowels);
      const vowel = firstVowel(text, consonant < 0 ? 0 : consonant, vowels);
      if (vowel < 0) return null;
      return text.slice(0, consonant < 0 ? 0 : consonant) + text.slice(vowel, vowelEnd(text, vowel, vowels));
    }
    case 'syllable': {
      let end = firstVowel(text, 0, vowels);
      if (end < 0) return null;
      while (end < text.length && vowels.has(text.codePointAt(end)!)) end = vowelEnd(text, end, vowels);
      const first = consonantEnd(text, end, vowels);
      if (first >= 0 && consonantEnd(text, first, vowels) >= 0) end = first;
      return text.slice(0, end);
    }
    case 'radical': {
      const radical = root![0];
      const at = text.indexOf(radical);
      if (at < 0) return null;
      const after = at + radical.length;
      if (after >= text.length || !vowels.has(text.codePointAt(after)!)) return null;
      return text.slice(at, vowelEnd(text, after, vowels));
    }
  }
}
