import type { Connection } from '../connection/connection';

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
}

/**
 * Loads rows into `forms`. Writers are interchangeable; the worker never knows which one it has.
 * `write` runs inside a transaction the caller opened; it only inserts (see `replace-forms.ts` for the
 * delete + lock + write that replaces a batch of lexemes).
 */
export interface FormWriter {
  readonly name: WriterName;
  write(tx: Connection, batch: FormBatch): Promise<number>;
}

/** The column list every writer fills, in this order. */
export const FORM_COLUMNS = '(lexeme_id, pattern_id, cell, form)';
