import type { Connection } from '../connection/connection';
import { assertIntegerField, copyField } from './copy-encoder';
import { deleteForms } from './delete-forms';
import { FORM_COLUMNS } from './form-columns';
import type { FormRows } from './form-rows';
import { UnnestRows } from './unnest-writer';

const COPY_FORMS = `COPY forms ${FORM_COLUMNS} FROM STDIN`;

/** Size of each buffer of COPY text; a row that does not fit starts the next one. */
const BUFFER_BYTES = 64 * 1024;
/** Most bytes one row can take besides its texts: three int4 (11 bytes each), six separators, `\N`. */
const ROW_OVERHEAD = 48;
/**
 * Up to this many rows are also kept as columns and written as one `INSERT ... SELECT FROM unnest(...)`
 * (which deletes the rows it replaces in the same statement) instead of `DELETE` + COPY: COPY takes two
 * round trips of its own (the server's CopyInResponse, then the data), and the edit of one lexeme
 * (about 20 forms) or of a small pattern is all round trips. Measured on PostgreSQL (a transaction of
 * lock, replace, commit; median of 150 interleaved reps on a machine at load average 24-25): 20 rows
 * 19.6 ms against 20.8 ms, 60 rows 23.4 against 23.3, 256 rows 30.2 against 29.8. The gain is small
 * and gone by about 60 rows, where unnest's per-row cost catches up with the round trips saved.
 */
export const SMALL_ROWS = 64;
const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;

/**
 * Form rows encoded as they are added, as PostgreSQL's COPY text format (columns {@link FORM_COLUMNS},
 * tab-separated, fields escaped as `copyField` escapes them), into 64 KiB buffers. Nothing per row
 * stays on the JavaScript heap, so the strings generation makes die young instead of being kept (and
 * copied by the garbage collector) until their batch is written. Measured with the worker's benchmark
 * (`apps/worker/bench/worker-ceiling.ts`, 50,000 lexemes x 5 patterns, 979,455 forms, 3 reps each):
 * worker CPU 1.16-1.22 s and peak RSS 109-110 MB, against 1.35 s and 123-126 MB with the rows kept as
 * strings until the write (the same wall time: that run is bound by the server's CPU on the same two
 * cores). Writing `position` and `analysis` (NULL unless a rule added a gloss) costs no measurable CPU:
 * 582 ms with them, 586 ms without (median of 5 interleaved full recomputes of the 5,000-lexeme seed,
 * 97,809 forms, on PostgreSQL). Up to {@link SMALL_ROWS} rows are also kept as columns, for the
 * one-statement write of a small batch.
 */
export class CopyRows implements FormRows {
  /** The rows as columns while there are at most {@link SMALL_ROWS} of them; undefined once there were more. */
  private small: UnnestRows | undefined = new UnnestRows();
  /** Buffers already filled, whole (a rollback may return to one), and where the text in each ends. */
  private readonly full: Buffer[] = [];
  private readonly ends: number[] = [];
  private buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private pos = 0;
  private rows = 0;
  private markBuffers = 0;
  private markPos = 0;
  private markRows = 0;

  get count(): number {
    return this.rows;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position = 0, analysis: string | null = null): void {
    assertIntegerField(lexemeId, 'lexemeId', this.rows);
    assertIntegerField(patternId, 'patternId', this.rows);
    assertIntegerField(position, 'position', this.rows);
    // UTF-16 code units take at most 3 UTF-8 bytes each, doubled by escapes at worst.
    const most = ROW_OVERHEAD + 6 * (cell.length + surface.length + (analysis === null ? 0 : analysis.length));
    if (this.pos + most > this.buffer.length) this.nextBuffer(most);
    const buffer = this.buffer;
    let pos = writeInteger(buffer, this.pos, lexemeId);
    buffer[pos++] = TAB;
    pos = writeInteger(buffer, pos, patternId);
    buffer[pos++] = TAB;
    pos = writeText(buffer, pos, cell);
    buffer[pos++] = TAB;
    pos = writeText(buffer, pos, surface);
    buffer[pos++] = TAB;
    pos = writeInteger(buffer, pos, position);
    buffer[pos++] = TAB;
    if (analysis === null) {
      buffer[pos++] = BACKSLASH;
      buffer[pos++] = 78; // 'N': COPY's NULL
    } else pos = writeText(buffer, pos, analysis);
    buffer[pos++] = NEWLINE;
    this.pos = pos;
    this.rows += 1;
    if (this.small !== undefined) {
      if (this.rows > SMALL_ROWS) this.small = undefined;
      else this.small.add(lexemeId, patternId, cell, surface, position, analysis);
    }
  }

  mark(): void {
    this.small?.mark();
    this.markBuffers = this.full.length;
    this.markPos = this.pos;
    this.markRows = this.rows;
  }

  rollback(): void {
    // Once past SMALL_ROWS the columns are gone for good: the rows go by COPY even if fewer remain.
    this.small?.rollback();
    if (this.full.length > this.markBuffers) {
      // The rows since the mark spilled into later buffers: go back to the one the mark was in.
      this.buffer = this.full[this.markBuffers]!;
      this.full.length = this.ends.length = this.markBuffers;
    }
    this.pos = this.markPos;
    this.rows = this.markRows;
  }

  /**
   * Up to {@link SMALL_ROWS} rows: one `INSERT ... unnest` statement, which also deletes the forms of
   * `replacing`. More: `DELETE` of `replacing`, then `COPY forms FROM STDIN` of {@link chunks}.
   */
  async write(tx: Connection, replacing?: readonly number[]): Promise<number> {
    if (this.small !== undefined) return this.small.write(tx, replacing);
    if (replacing !== undefined) {
      const deletion = deleteForms(replacing);
      await tx.query(deletion.text, deletion.values);
    }
    return this.rows === 0 ? 0 : tx.copyFrom(COPY_FORMS, this.chunks());
  }

  /** The COPY text so far, as buffers to send in order (views: adding rows afterwards is a bug). */
  chunks(): Buffer[] {
    const chunks = this.full.map((buffer, i) => buffer.subarray(0, this.ends[i]!));
    if (this.pos > 0) chunks.push(this.buffer.subarray(0, this.pos));
    return chunks;
  }

  private nextBuffer(most: number): void {
    this.full.push(this.buffer);
    this.ends[this.full.length - 1] = this.pos;
    this.buffer = Buffer.allocUnsafe(Math.max(BUFFER_BYTES, most));
    this.pos = 0;
  }
}

/** The decimal digits of an integer at `pos`; returns the position after them. */
function writeInteger(buffer: Buffer, pos: number, value: number): number {
  if (value < 0) {
    buffer[pos++] = 45; // '-'
    value = -value;
  }
  const start = pos;
  do {
    buffer[pos++] = 48 + (value % 10);
    value = Math.floor(value / 10);
  } while (value > 0);
  for (let a = start, b = pos - 1; a < b; a++, b--) {
    const digit = buffer[a]!;
    buffer[a] = buffer[b]!;
    buffer[b] = digit;
  }
  return pos;
}

/**
 * `text` COPY-escaped at `pos`: ASCII byte by byte (cheaper than a native call for the short strings
 * forms are), anything else escaped by `copyField` and written through `Buffer.write` (UTF-8).
 * Returns the position after it.
 */
function writeText(buffer: Buffer, pos: number, text: string): number {
  const start = pos;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return start + buffer.write(copyField(text), start);
    if (unit === BACKSLASH || unit === TAB || unit === NEWLINE || unit === 13) {
      buffer[pos++] = BACKSLASH;
      buffer[pos++] = unit === BACKSLASH ? BACKSLASH : unit === TAB ? 116 /* t */ : unit === NEWLINE ? 110 /* n */ : 114 /* r */;
    } else {
      buffer[pos++] = unit;
    }
  }
  return pos;
}
