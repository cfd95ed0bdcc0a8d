import type { Connection } from '../connection/connection';
import type { FormRows } from './form-rows';

/** What a row takes in the six columns besides its texts: six array slots and the numbers' values. */
const ROW_BYTES = 48;

/**
 * Rows in columns, one array per column: what the `unnest` and `insert` writers send (each subclass
 * says how). Cheaper to build and to send as parameters than one object per row.
 */
export abstract class ColumnRows implements FormRows {
  readonly lexemeIds: number[] = [];
  readonly patternIds: number[] = [];
  readonly cells: string[] = [];
  readonly surfaces: string[] = [];
  /** Each form's position (see `FormRowSink` in paradigm-core). */
  readonly positions: number[] = [];
  /** Each form's analysis, null for the lexeme's gloss unchanged. */
  readonly analyses: (string | null)[] = [];
  private marked = 0;
  private chars = 0;
  private markedChars = 0;

  get count(): number {
    return this.lexemeIds.length;
  }

  /** Two bytes a character of the texts, and {@link ROW_BYTES} a row. */
  get bytes(): number {
    return 2 * this.chars + ROW_BYTES * this.lexemeIds.length;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position = 0, analysis: string | null = null): void {
    this.lexemeIds.push(lexemeId);
    this.patternIds.push(patternId);
    this.cells.push(cell);
    this.surfaces.push(surface);
    this.positions.push(position);
    this.analyses.push(analysis);
    this.chars += cell.length + surface.length + (analysis === null ? 0 : analysis.length);
  }

  mark(): void {
    this.marked = this.lexemeIds.length;
    this.markedChars = this.chars;
  }

  rollback(): void {
    this.chars = this.markedChars;
    this.lexemeIds.length = this.patternIds.length = this.cells.length = this.surfaces.length = this.marked;
    this.positions.length = this.analyses.length = this.marked;
  }

  /** Nothing to give back: the columns are left to the collector. */
  recycle(): void {}

  abstract write(tx: Connection, replacing?: readonly number[]): Promise<number>;
}
