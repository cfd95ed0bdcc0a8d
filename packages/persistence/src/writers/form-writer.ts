import type { Connection } from '../connection/connection';
import type { FormRows } from './form-rows';

export type WriterName = 'copy' | 'unnest' | 'insert';

/**
 * A batch of forms in columns (one array per column, same length): cheaper to build and to encode than
 * one object per row.
 */
export interface FormBatch {
  lexemeIds: number[];
  patternIds: number[];
  cells: string[];
  surfaces: string[];
  /** Each form's position (see `FormRowSink` in paradigm-core); all 0 when left out. */
  positions?: number[];
  /** Each form's analysis, null for the lexeme's gloss unchanged; all null when left out. */
  analyses?: (string | null)[];
}

/**
 * Loads rows into `forms`. Writers are interchangeable; the worker never knows which one it has.
 * `write` runs inside a transaction the caller opened; it only inserts (see `replace-forms.ts` for the
 * delete + lock + write that replaces a batch of lexemes).
 */
export interface FormWriter {
  readonly name: WriterName;
  /** An empty {@link FormRows} in the representation this writer sends, for a generator to fill. */
  newRows(): FormRows;
  /** Inserts `rows`: ones made by this writer's {@link newRows}, or a plain {@link FormBatch}. */
  write(tx: Connection, rows: FormRows | FormBatch): Promise<number>;
}

/** The column list every writer fills, in this order. */
export const FORM_COLUMNS = '(lexeme_id, pattern_id, cell, form, position, analysis)';
