import { LARGEST_LEXEME_ID, type Lexeme, type PatternSource } from '@paradigm/core';
import { mostPatternsPerLexeme, type SyntheticParams, syntheticLexemes } from './lexeme-generator';
import { syntheticPatterns } from './pattern-catalog';

/** A synthetic lexicon: its patterns (ids 1..n) and its lexemes, generated one at a time as they are read. */
export interface SyntheticLexicon {
  /** `synthetic l<lexemes>-p<patternsPerLexeme>-s<seed>`: what it is, for messages and reports. */
  readonly source: string;
  readonly params: SyntheticParams;
  readonly patterns: readonly PatternSource[];
  /** Lexemes 1..params.lexemes; each call of the iterator generates them anew, so a million never sit in memory. */
  readonly lexemes: Iterable<Lexeme>;
}

/** Throws, naming the parameter and its flag, when one is not an integer in range (patterns per lexeme: at most those that fit every lexeme). */
export function checkSyntheticParams(params: SyntheticParams): void {
  for (const [name, value, min] of [['lexemes', params.lexemes, 1], ['patterns-per-lexeme', params.patternsPerLexeme, 1], ['seed', params.seed, 0]] as const) {
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}, got ${value}`);
  }
  if (params.lexemes > LARGEST_LEXEME_ID) {
    throw new Error(`--lexemes must be at most ${LARGEST_LEXEME_ID}, the largest id the database holds (the lexemes get the ids 1 to N), got ${params.lexemes}`);
  }
  const most = mostPatternsPerLexeme(syntheticPatterns(params.seed));
  if (params.patternsPerLexeme > most) {
    throw new Error(`--patterns-per-lexeme must be at most ${most}, the patterns that fit every lexeme of the synthetic lexicon, got ${params.patternsPerLexeme}`);
  }
}

/**
 * The deterministic synthetic lexicon of `params`: a Semitic-like language whose patterns use every
 * feature of the pattern language (see {@link syntheticPatterns}). The same parameters give the same
 * lexicon on every machine.
 */
export function syntheticLexicon(params: SyntheticParams): SyntheticLexicon {
  checkSyntheticParams(params);
  const catalog = syntheticPatterns(params.seed);
  return {
    source: `synthetic l${params.lexemes}-p${params.patternsPerLexeme}-s${params.seed}`,
    params,
    patterns: catalog.map((c) => c.pattern),
    lexemes: { [Symbol.iterator]: () => syntheticLexemes(params, catalog) },
  };
}
