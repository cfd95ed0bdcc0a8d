import type { FormBatch } from './form-writer';

/**
 * Rows collected for one write, in the representation the writer that made them sends: a generator
 * adds rows one at a time as it produces them, so no intermediate per-row objects or columns are kept
 * (the `copy` writer's rows are COPY text already, in buffers outside the JavaScript heap).
 */
export interface FormRows {
  /** Rows added so far (minus those rolled back). */
  readonly count: number;
  add(lexemeId: number, patternId: number, cell: string, surface: string, position?: number, analysis?: string | null): void;
  /** Remembers the current end, so {@link rollback} can drop what comes after (one lexeme's rows: all or nothing). */
  mark(): void;
  /** Drops every row added since the last {@link mark} (all of them if there was none). */
  rollback(): void;
}

/** Rows in columns: what the `unnest` and `insert` writers send, and also a {@link FormBatch}. */
export class ColumnRows implements FormRows, FormBatch {
  lexemeIds: number[] = [];
  patternIds: number[] = [];
  cells: string[] = [];
  surfaces: string[] = [];
  positions: number[] = [];
  analyses: (string | null)[] = [];
  private marked = 0;

  get count(): number {
    return this.lexemeIds.length;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position = 0, analysis: string | null = null): void {
    this.lexemeIds.push(lexemeId);
    this.patternIds.push(patternId);
    this.cells.push(cell);
    this.surfaces.push(surface);
    this.positions.push(position);
    this.analyses.push(analysis);
  }

  mark(): void {
    this.marked = this.lexemeIds.length;
  }

  rollback(): void {
    this.lexemeIds.length = this.patternIds.length = this.cells.length = this.surfaces.length = this.marked;
    this.positions.length = this.analyses.length = this.marked;
  }
}

/** How many rows `rows` holds, whichever kind it is. */
export function rowCount(rows: FormRows | FormBatch): number {
  return isFormRows(rows) ? rows.count : rows.lexemeIds.length;
}

export function isFormRows(rows: FormRows | FormBatch): rows is FormRows {
  return typeof (rows as FormRows).add === 'function';
}

/** `rows` as columns, for a writer that sends columns; rows another writer made are a bug. */
export function columnsOf(rows: FormRows | FormBatch, writer: string): FormBatch {
  if (!isFormRows(rows)) return rows;
  if (!(rows instanceof ColumnRows)) throw new Error(`the ${writer} writer was given rows made by another writer (${rows.constructor.name}); fill the rows its newRows() makes`);
  return rows;
}
