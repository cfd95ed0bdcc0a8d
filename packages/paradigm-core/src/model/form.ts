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
}

/**
 * Where {@link generateRows} puts forms: one call per form with its columns, so no {@link Form}
 * object is made (a database writer's row buffer, for instance).
 */
export interface FormRowSink {
  add(lexemeId: number, patternId: number, cell: string, surface: string): void;
}
