import type { Lexeme, PatternSource } from '@paradigm/core';

/** The dictionary formats the importers read. */
export type LexiconFormat = 'apertium' | 'hunspell';

/**
 * A dictionary translated into the pattern language: what an importer produces and what
 * `replaceLexicon` stores. Generating every lexeme of it with paradigm-core reproduces the forms the
 * format's own tool prints (`lt-expand` for Apertium, `hunspell-reader` for Hunspell).
 */
export interface ImportedLexicon {
  readonly format: LexiconFormat;
  /** The file(s) it was read from, as given (e.g. `apertium-urd.urd.dix`, or `en_US.aff + en_US.dic`). */
  readonly source: string;
  /** Every pattern, in id order; continuations refer to each other by name. */
  readonly patterns: readonly PatternSource[];
  /** Every lexeme, in dictionary order (lexeme ids follow that order). */
  readonly lexemes: readonly Lexeme[];
}
