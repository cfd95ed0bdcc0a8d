import type { Lexeme } from '@paradigm/core';
import type { HomonymsLeftOut } from './forbidden-homonyms';

/** What an expansion leaves out of each entry's words. */
export interface LeftOut {
  /** The spellings left out of `lexeme`'s words, or `undefined` when none is (then no word is looked up). */
  of(lexeme: Lexeme): ReadonlySet<string> | undefined;
}

/**
 * `forbidden` left out of every entry's words, and the words `rejected` through `ICONV` out of the words
 * of the entries whose word holds one of `marks` (all entries, with `marks` undefined): each rejected word
 * holds a mark, a character no affix adds, so from its entry's word. Looking every word up instead (hr_HR:
 * a million words, 23 rejected, all from the one entry holding `é`) hashed each, 0.27 G instructions of
 * the job's 6 G. `homonyms` adds the words an earlier forbidden entry of the same spelling takes from
 * an entry ({@link HomonymsLeftOut}).
 */
export function leftOut(forbidden: ReadonlySet<string>, rejected: readonly string[], marks: string | undefined, homonyms?: HomonymsLeftOut): LeftOut {
  const base = spellingsLeftOut(forbidden, rejected, marks);
  if (homonyms === undefined || homonyms.empty) return base;
  return {
    of: (lexeme) => {
      const words = base.of(lexeme);
      const lost = homonyms.of(lexeme.id);
      if (lost === undefined) return words;
      return words === undefined ? lost : new Set([...words, ...lost]);
    },
  };
}

function spellingsLeftOut(forbidden: ReadonlySet<string>, rejected: readonly string[], marks: string | undefined): LeftOut {
  const everywhere = forbidden.size > 0 ? forbidden : undefined;
  if (rejected.length === 0) return { of: () => everywhere };
  const inMarked = new Set([...forbidden, ...rejected]);
  if (marks === undefined) return { of: () => inMarked };
  const chars = [...marks];
  return { of: (lexeme) => (chars.some((char) => lexeme.lemma.includes(char)) ? inMarked : everywhere) };
}
