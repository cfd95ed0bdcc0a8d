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
  /**
   * Where lexeme `lexemeId` is written (`FILE:LINE:COLUMN`; a .dic entry, `FILE:LINE`), for a message
   * about it; absent where the importer does not give it (a Hunspell lexicon read whole).
   */
  readonly placeOf?: (lexemeId: number) => string | undefined;
}

/**
 * An {@link ImportedLexicon} whose lexemes are not held: each iteration of `lexemes` reads them from the
 * file again, in id order, so a dictionary of any size is stored a chunk at a time. The file was read
 * whole when it was made, so reading it again cannot fail.
 */
export interface StreamedLexicon extends Omit<ImportedLexicon, 'lexemes'> {
  readonly lexemes: Iterable<Lexeme>;
  /** How many lexemes an iteration yields. */
  readonly lexemeCount: number;
}

/** A lexicon whose lexemes are held, where a {@link StreamedLexicon} is asked for. */
export function heldAsStreamed(lexicon: ImportedLexicon): StreamedLexicon {
  return { ...lexicon, lexemeCount: lexicon.lexemes.length };
}
