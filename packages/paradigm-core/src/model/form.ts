/** Direction restriction carried from Apertium dictionaries; `both` for everything else. */
export type Direction = 'both' | 'LR' | 'RL';

/** One generated word form. */
export interface Form {
  readonly lexemeId: number;
  readonly patternId: number;
  /** Grammatical tags, `;`-separated, e.g. `N;GEN;PL`. */
  readonly cell: string;
  /** The word form itself: NFC, or exactly as its parts were written under `normalize: 'none'`. */
  readonly surface: string;
  /** The analysis tape: the lexeme's gloss followed by every `gloss` operation applied. */
  readonly analysis: string;
  readonly dir: Direction;
  /**
   * The form's place among its lexeme's forms of this pattern (0, 1, ...), in generation order: the
   * author's rule order, continuations right after the form they continue, combinations after the
   * suffix pattern's own forms. What a paradigm table sorts by.
   */
  readonly position: number;
}

/**
 * Where {@link generateRows} puts forms: one call per form with its columns, so no {@link Form}
 * object is made (a database writer's row buffer, for instance).
 */
export interface FormRowSink {
  /**
   * One form. `position` is {@link Form.position}; `analysis` is {@link Form.analysis}, or null when no
   * rule of the derivation added a gloss (the analysis is then the lexeme's gloss, or its lemma).
   */
  add(lexemeId: number, patternId: number, cell: string, surface: string, position: number, analysis: string | null): void;
}

/** Options of `generateInto` and `generateRows`. */
export interface GenerateOptions {
  /**
   * `false`: every form's `cell` is `''`, for a caller that reads no cells (the command-line expansions
   * print surfaces and analyses): joining each form's cells along its derivation made a string per form,
   * 2 million of them for Hunspell fr. Default `true`.
   */
  readonly cells?: boolean;
}
