/** Why a pattern could not generate a lexeme's forms. */
export type GenerationErrorCode =
  /** The lexeme lists a pattern id that is not in the grammar. */
  | 'unknown-pattern'
  /** A `template` or `redup radical` rule needs a root and the lexeme has none. */
  | 'missing-root'
  /** The lexeme's root has no radicals, or an empty radical. */
  | 'empty-root'
  /** A skeleton's unnumbered slots do not match the root's radical count. */
  | 'slot-count'
  /** A skeleton's numbered slot (`C4`) is beyond the root's radicals. */
  | 'radical-index'
  /**
   * The lexeme derives more forms than the grammar's `maxFormsPerLexeme`: generation stopped there, for
   * this pattern and the lexeme's later ones.
   */
  | 'too-many-forms'
  /**
   * The forms of the lexeme add up to more characters than the grammar's `maxCharsPerLexeme`: generation
   * stopped there, for this pattern and the lexeme's later ones.
   */
  | 'too-many-characters'
  /** A reduplication would make a form longer than `MAX_REDUPLICATED_LENGTH`: generation stopped there, for this pattern. */
  | 'form-too-long';

/**
 * A data problem found while generating one lexeme with one pattern. Returned inside a
 * `PatternOutcome`, never thrown: one bad lexeme must not stop a run over a million.
 */
export interface GenerationError {
  readonly code: GenerationErrorCode;
  /** Names the lexeme (id and lemma), the pattern and the fix. */
  readonly message: string;
  readonly lexemeId: number;
  readonly patternId: number;
}
