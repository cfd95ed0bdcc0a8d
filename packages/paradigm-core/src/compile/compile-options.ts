import type { Normalization } from '../text/normalization';

/** Options of {@link compileGrammar} and {@link compilePattern}. */
export interface CompileOptions {
  /**
   * `NFC` (default): pattern sources and lexemes (stem, root, gloss, lemma) are normalised to NFC and
   * every form is NFC. `none`: nothing is normalised; forms keep the code points of their sources
   * exactly (for byte-faithful importers). The grammar carries the setting and generation follows it.
   */
  readonly normalize?: Normalization;
}
