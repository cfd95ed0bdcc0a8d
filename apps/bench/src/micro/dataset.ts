import type { Lexeme, PatternSource } from '@paradigm/core';

/** Patterns and lexemes held in memory for the micro-benchmark (small: a few thousand lexemes). */
export interface Dataset {
  /** `synthetic` or the real lexicon's name. */
  readonly name: string;
  /** How it was made, for the artifact (seed and sizes, or the files read). */
  readonly description: string;
  readonly patterns: readonly PatternSource[];
  readonly lexemes: readonly Lexeme[];
}
