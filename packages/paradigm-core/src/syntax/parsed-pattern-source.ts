import type { PatternAst } from './pattern-ast';

/**
 * A pattern handed over already parsed, by a translator that would otherwise write text only for the
 * compiler to read it back: `ast` is what {@link parsePatternSource} gives for the pattern's text under
 * the grammar's normalisation (its strings already normalised). Positions are only used in messages.
 * The compiled pattern's fingerprint is the one of that text.
 */
export interface ParsedPatternSource {
  readonly id: number;
  readonly name: string;
  readonly ast: PatternAst;
}
