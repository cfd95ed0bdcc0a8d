import type { ImportedLexicon } from '../imported-lexicon';
import type { Conversion } from './hunspell-model';

/**
 * An imported Hunspell dictionary: the patterns and lexemes plus the `OCONV` table, which the pattern
 * language cannot express (it converts finished words) and which {@link expandHunspell} applies.
 */
export interface HunspellLexicon extends ImportedLexicon {
  readonly format: 'hunspell';
  readonly outputConversion: readonly Conversion[];
}
