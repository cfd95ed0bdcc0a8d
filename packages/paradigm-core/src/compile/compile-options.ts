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
   * How many characters (UTF-16 code units of surface plus analysis) the forms one lexeme generates may
   * add up to, over all its patterns (default {@link defaultMaxCharsPerLexeme} of the form limit). Past
   * it, generation of that lexeme stops at once, as at the form limit, with a `too-many-characters` error
   * outcome: continuations in series that each lengthen every form (an Apertium entry with 200 `<par>`s
   * one after another) make forms of thousands of characters, and the form limit alone let such a lexeme
   * generate 10^8 characters before stopping it. A positive integer, or `Infinity` for no limit.
   */
  readonly maxCharsPerLexeme?: number;
  /**
   * Called with the fingerprint ({@link CompiledPattern.fingerprint}) of each pattern that compiles on
   * its own, while its syntax tree is at hand ({@link compileGrammar} only). The programs write theirs
   * only when read, by parsing their source again: a caller that needs every pattern's fingerprint (an
   * import storing their hashes) saves that second parse, and keeps only what it makes of each.
   */
  readonly onFingerprint?: (patternId: number, fingerprint: string) => void;
  /**
   * Whether the compiled patterns can write their fingerprint when read (default true), for which each
   * keeps its source. `false` ({@link compileGrammar} only) is for a grammar that only generates, as the
   * worker's: the sources are then garbage once compiled, and reading a pattern's fingerprint throws.
   * Hunspell hu_HU's 22,448 patterns are 13.7 million characters of text, 27 MB held for nothing.
   * `onFingerprint` is called all the same.
   */
  readonly fingerprints?: boolean;
}

/**
 * The default of {@link CompileOptions.maxFormsPerLexeme}: six times the largest real paradigm measured
 * (Debian's Hunspell it_IT, `ottocento`: 16,537 forms; en_US, fr, de_DE, es_ES, pl_PL, cs_CZ and ru_RU
 * at most 850), and small enough that a lexeme at the limit is a few megabytes of rows. Hungarian
 * (hu_HU) is beyond it: 303 of its first 400 lexemes derive more than 100,000 forms.
 */
export const DEFAULT_MAX_FORMS_PER_LEXEME = 100_000;

/**
 * Characters per form of the form limit that {@link CompileOptions.maxCharsPerLexeme} allows by default:
 * 2.5 times the most measured on real dictionaries' lexemes with many forms (lv_LV's `institucionalizēt`:
 * 581 forms, 23,113 characters; es_ES, fr, sk_SK, bg_BG, ru_RU, uk_UA, de_DE, en_US and apertium-urd
 * less), so a lexeme within the form limit passes this limit only with forms far longer than words.
 */
export const CHARS_PER_FORM = 100;

/** The least {@link defaultMaxCharsPerLexeme} gives, whatever the form limit: a small form limit (a test's 3) leaves forms their length. */
export const MIN_MAX_CHARS_PER_LEXEME = 1_000_000;

/**
 * The default of {@link CompileOptions.maxCharsPerLexeme} for a form limit: {@link CHARS_PER_FORM} per form
 * (10,000,000 for the default 100,000 forms; none when there is no form limit), at least
 * {@link MIN_MAX_CHARS_PER_LEXEME}. Raising the form limit raises it.
 */
export function defaultMaxCharsPerLexeme(maxFormsPerLexeme: number): number {
  return Math.max(MIN_MAX_CHARS_PER_LEXEME, CHARS_PER_FORM * maxFormsPerLexeme);
}

/** `options.maxCharsPerLexeme`, checked (the default follows `formLimit`); throws a TypeError for anything but a positive integer or Infinity. */
export function maxCharsPerLexeme(options: CompileOptions, formLimit: number): number {
  const limit = options.maxCharsPerLexeme ?? defaultMaxCharsPerLexeme(formLimit);
  if (limit === Infinity || (Number.isInteger(limit) && limit > 0)) return limit;
  throw new TypeError(`maxCharsPerLexeme: ${String(limit)} is not a positive integer; give a number of characters such as ${defaultMaxCharsPerLexeme(DEFAULT_MAX_FORMS_PER_LEXEME)} (the default for the default form limit), or Infinity for no limit`);
}

/** `options.maxFormsPerLexeme`, checked; throws a TypeError for anything but a positive integer or Infinity. */
export function maxFormsPerLexeme(options: CompileOptions): number {
  const limit = options.maxFormsPerLexeme ?? DEFAULT_MAX_FORMS_PER_LEXEME;
  if (limit === Infinity || (Number.isInteger(limit) && limit > 0)) return limit;
  throw new TypeError(`maxFormsPerLexeme: ${String(limit)} is not a positive integer; give a number of forms such as ${DEFAULT_MAX_FORMS_PER_LEXEME} (the default), or Infinity for no limit`);
}
