import type { ImportedLexicon, StreamedLexicon } from '../imported-lexicon';
import type { Homonym } from './forbidden-homonyms';
import type { Conversion, HunspellWarning } from './hunspell-model';
import type { InputConversion } from './input-conversion';

/**
 * An imported Hunspell dictionary: the patterns and lexemes plus the `OCONV` table, which the pattern
 * language cannot express (it converts finished words) and which {@link expandHunspell} applies.
 */
export interface HunspellLexicon extends ImportedLexicon {
  readonly format: 'hunspell';
  readonly outputConversion: readonly Conversion[];
  /**
   * The `ICONV` table and the characters an entry must hold to make a word it changes: {@link expandHunspell}
   * leaves out the words that libhunspell rejects because their conversion is no word.
   */
  readonly inputConversion: InputConversion;
  /** Flags nothing defines, ignored as libhunspell does (unless `strict`): the first place each occurs. */
  readonly ignoredFlags: readonly IgnoredFlag[];
  /**
   * Spellings libhunspell rejects (the first .dic entry of the spelling carries `FORBIDDENWORD`), whichever
   * entry generates them; {@link expandHunspell} leaves them out. The pattern language cannot say "not this
   * surface", so forms stored by `import` still include them.
   */
  readonly forbiddenWords: readonly string[];
  /**
   * The entries of each spelling that has a `FORBIDDENWORD` entry before an entry without it, in .dic order
   * ({@link homonymGroups}): {@link expandHunspell} leaves out of a later entry's words those an earlier
   * forbidden one makes, as libhunspell rejects them. Forms stored by `import` still include them.
   */
  readonly forbiddenHomonyms: readonly (readonly Homonym[])[];
  /** Places read as libhunspell reads them that probably mean something else (empty under `strict`). */
  readonly warnings: readonly HunspellWarning[];
}

/** A flag that no class or option defines, and where it first occurs. */
export interface IgnoredFlag {
  readonly flag: string;
  readonly file: string;
  readonly line: number;
}

/**
 * A Hunspell dictionary as an import stores it, its lexemes read from the .dic again each time they are
 * iterated ({@link StreamedLexicon}): what an import needs of a {@link HunspellLexicon}, without the
 * tables of what libhunspell rejects (an import stores every form the patterns generate).
 */
export interface StreamedHunspellLexicon extends StreamedLexicon, Pick<HunspellLexicon, 'ignoredFlags' | 'warnings'> {
  readonly format: 'hunspell';
}
