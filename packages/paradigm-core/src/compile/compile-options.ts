import type { Normalization } from '../text/normalization';
import type { CompiledPattern } from './compiled-pattern';

/** Options of {@link compileGrammar} and {@link compilePattern}. */
export interface CompileOptions {
  /**
   * `NFC` (default): pattern sources and lexemes (stem, root, gloss, lemma) are normalised to NFC and
   * every form is NFC. `none`: nothing is normalised; forms keep the code points of their sources
   * exactly (for byte-faithful importers). The grammar carries the setting and generation follows it.
   */
  readonly normalize?: Normalization;
  /**
   * How many forms one lexeme may derive, over all its patterns (default {@link DEFAULT_MAX_FORMS_PER_LEXEME}).
   * Every derived form counts, also one held back by `needaffix` or a pending circumfix. Past it,
   * generation of that lexeme stops at once and the pattern being generated (and the lexeme's later
   * ones) get a `too-many-forms` error outcome: a fan-out of continuations that multiplies (4 levels of
   * 60 rules is 13 million forms) fails alone instead of taking the process's memory. A positive integer,
   * or `Infinity` for no limit.
   */
  readonly maxFormsPerLexeme?: number;
  /**
   * Called with the fingerprint ({@link CompiledPattern.fingerprint}) of each pattern that compiles on
   * its own, while its syntax tree is at hand ({@link compileGrammar} only). The programs write theirs
   * only when read, by parsing their source again: a caller that needs every pattern's fingerprint (an
   * import storing their hashes) saves that second parse, and keeps only what it makes of each.
   */
  readonly onFingerprint?: (patternId: number, fingerprint: string) => void;
}

/**
 * The default of {@link CompileOptions.maxFormsPerLexeme}: six times the largest real paradigm measured
 * (Debian's Hunspell it_IT, `ottocento`: 16,537 forms; en_US, fr, de_DE, es_ES, pl_PL, cs_CZ and ru_RU
 * at most 850), and small enough that a lexeme at the limit is a few megabytes of rows. Hungarian
 * (hu_HU) is beyond it: 303 of its first 400 lexemes derive more than 100,000 forms.
 */
export const DEFAULT_MAX_FORMS_PER_LEXEME = 100_000;

/** `options.maxFormsPerLexeme`, checked; throws a TypeError for anything but a positive integer or Infinity. */
export function maxFormsPerLexeme(options: CompileOptions): number {
  const limit = options.maxFormsPerLexeme ?? DEFAULT_MAX_FORMS_PER_LEXEME;
  if (limit === Infinity || (Number.isInteger(limit) && limit > 0)) return limit;
  throw new TypeError(`maxFormsPerLexeme: ${String(limit)} is not a positive integer; give a number of forms such as ${DEFAULT_MAX_FORMS_PER_LEXEME} (the default), or Infinity for no limit`);
}
