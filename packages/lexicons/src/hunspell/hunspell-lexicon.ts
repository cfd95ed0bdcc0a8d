import type { ImportedLexicon } from '../imported-lexicon';
import type { Conversion } from './hunspell-model';

/**
 * An imported Hunspell dictionary: the patterns and lexemes plus the `OCONV` table, which the pattern
 * language cannot express (it converts finished words) and which {@link expandHunspell} applies.
 */
export interface HunspellLexicon extends ImportedLexicon {
  readonly format: 'hunspell';
  readonly outputConversion: readonly Conversion[];
  /** Flags nothing defines, ignored under `unknownFlags: 'ignore'`: the first place each occurs. */
  readonly ignoredFlags: readonly IgnoredFlag[];
}

/** A flag that no class or option defines, and where it first occurs. */
export interface IgnoredFlag {
  readonly flag: string;
  readonly file: string;
  readonly line: number;
}
