/**
 * A lexeme: one dictionary entry that inflects. It has a stem (the start of the surface tape), or a root
 * of radicals for root-and-pattern templates, or both, and the ids of the patterns it takes, in order.
 */
export interface Lexeme {
  readonly id: number;
  /** The citation form, as people look it up. */
  readonly lemma: string;
  /** Where the surface tape starts; defaults to {@link Lexeme.lemma}. */
  readonly stem?: string;
  /** Radicals for `template` rules, e.g. `['k', 't', 'b']`. */
  readonly root?: readonly string[];
  /** Where the analysis tape starts; defaults to {@link Lexeme.lemma}. */
  readonly gloss?: string;
  /** Ids of the patterns this lexeme takes, in generation order. */
  readonly patterns: readonly number[];
}
