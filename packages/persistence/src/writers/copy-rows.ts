import type { Connection } from '../connection/connection';
import { assertIntegerField, copyField } from './copy-encoder';
import { COPY_BUFFER_BYTES as BUFFER_BYTES, type CopyBufferPool } from './copy-buffer-pool';
import { deleteForms } from './delete-forms';
import { FORM_COLUMNS } from './form-columns';
import type { FormRows } from './form-rows';
import { UnnestRows } from './unnest-writer';

const COPY_FORMS = `COPY forms ${FORM_COLUMNS} FROM STDIN`;

/** Most bytes one row can take besides its texts: three int4 (11 bytes each), six separators, `\N`. */
const ROW_OVERHEAD = 48;
/**
 * Rows gathered for one write. A write per lexeme (at each `mark`) took 19 % more instructions for
 * Hunspell fr (38 rows a lexeme) and 12 % more for the worker's seed (20 short rows): each `join` and
 * `Buffer.write` has a cost of its own.
 */
const PENDING_ROWS = 256;
/**
 * ...or fewer, once their cells and surfaces reach this many UTF-16 units: the room a write reserves
 * (twice the rows' UTF-8, for escapes) then stays within one 64 KiB buffer, which a pool can give again.
 * Hunspell gl_ES's rows average about 170 characters: 256 of them took a buffer of its own (95 KB on
 * average) at every write, 3.4 GB allocated in the import's first 30 s, left to the collector.
 */
const PENDING_CHARS = 8 * 1024;
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
 * Form rows encoded as PostgreSQL's COPY text format (columns {@link FORM_COLUMNS}, tab-separated, fields
 * escaped as `copyField` escapes them) into 64 KiB buffers, {@link PENDING_ROWS} rows at a time (and
 * whatever is pending when the chunks are taken): their cells and surfaces joined as lines and turned
 * into UTF-8 with one `Buffer.write`, then copied row by row into the buffer between the ids and the
 * position, escaping on the way. Writing each text on its own (a byte loop over its characters, a
 * native write for a non-ASCII one) cost most of the encoding: forms reach it as many kinds of V8
 * strings (concatenations, slices), and a native call costs more than a short text's characters.
 * Generating and encoding Hunspell fr's 3,205,896 rows as the rebuild does, in a process of its own:
 * 38.6 billion instructions before, 19.0 billion this way (`valgrind --tool=callgrind`, the loading
 * subtracted), CPU time 2.04-2.18 s before, 1.34-1.55 s this way (5 alternating runs, load 7-14); each
 * row's strings (ids, cell, surface, the rest) joined per lexeme into one `Buffer.write` instead: 19.4
 * billion, 1.51-1.98 s (docs/scaling.md, the import).
 *
 * No string is kept past its batch of rows, so the strings generation makes die young instead of being
 * kept (and copied by the garbage collector) until their batch is written. Measured with the worker's
 * benchmark (`apps/worker/bench/worker-ceiling.ts`, 50,000 lexemes x 5 patterns, 979,455 forms, 3 reps
 * each): worker CPU 1.16-1.22 s and peak RSS 109-110 MB, against 1.35 s and 123-126 MB with the rows
 * kept as strings until the write. Up to {@link SMALL_ROWS} rows are also kept as columns, for the
 * one-statement write of a small batch.
 */
export class CopyRows implements FormRows {
  /** The rows as columns while there are at most {@link SMALL_ROWS} of them; undefined once there were more. */
  private small: UnnestRows | undefined = new UnnestRows();
  /** Buffers already filled, whole (a rollback may return to one), and where the text in each ends. */
  private readonly full: Buffer[] = emptyObjectArray();
  private readonly ends: number[] = [];
  private buffer: Buffer;
  private pos = 0;
  private rows = 0;
  private markBuffers = 0;
  private markPos = 0;
  private markRows = 0;
  /** Where the mark is among the pending rows; -1 once they are written (the mark is then `markBuffers`, `markPos`). */
  private markPending = -1;
  /** The rows added since the last write ({@link PENDING_ROWS} at most): each one's cell and surface, in turn. */
  private readonly texts: string[] = emptyObjectArray();
  // Arrays of small integers rather than a Float64Array, whose values reach the digits as doubles.
  private readonly lexemeIds: number[] = new Array<number>(PENDING_ROWS).fill(0);
  private readonly patternIds: number[] = new Array<number>(PENDING_ROWS).fill(0);
  private readonly positions: number[] = new Array<number>(PENDING_ROWS).fill(0);
  /** Their analyses, null but where a rule added a gloss; `analysisRoom` bounds their bytes once escaped. */
  private readonly analyses: (string | null)[] = new Array<string | null>(PENDING_ROWS).fill(null);
  private analysisRoom = 0;
  private analysed = false;
  private pending = 0;
  /**
   * The pending rows' cells' and surfaces' length, and thrice their analyses' (whose room is reserved
   * per character, see `analysisRoom`); an over-estimate after a rollback to a pending row.
   */
  private pendingChars = 0;
  private lexemeId = Number.NaN;
  private patternId = Number.NaN;
  /** The texts' UTF-8, one per line: the rows' cells and surfaces are copied (and escaped) from here. */
  private scratch: Buffer;
  private recycled = false;

  /**
   * With a `pool`, the buffers come from it and {@link recycle} gives them back (a job of many batches);
   * without, each is allocated and left to the collector.
   */
  constructor(private readonly pool?: CopyBufferPool) {
    this.buffer = pool?.take() ?? Buffer.allocUnsafe(BUFFER_BYTES);
    this.scratch = pool?.take() ?? Buffer.allocUnsafe(BUFFER_BYTES);
  }

  get count(): number {
    return this.rows;
  }

  /** Bytes of COPY text written so far (rows still pending, at most a few hundred, are not counted). */
  get bytes(): number {
    let bytes = this.pos;
    for (const end of this.ends) bytes += end;
    return bytes;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position = 0, analysis: string | null = null): void {
    if (lexemeId !== this.lexemeId || patternId !== this.patternId) {
      assertIntegerField(lexemeId, 'lexemeId', this.rows);
      assertIntegerField(patternId, 'patternId', this.rows);
      this.lexemeId = lexemeId;
      this.patternId = patternId;
    }
    if (!Number.isInteger(position)) assertIntegerField(position, 'position', this.rows);
    const k = this.pending;
    this.texts.push(cell, surface);
    this.lexemeIds[k] = lexemeId;
    this.patternIds[k] = patternId;
    this.positions[k] = position;
    if (analysis !== null) {
      this.analyses[k] = analysis;
      this.analysed = true;
      this.analysisRoom += 6 * analysis.length;
      this.pendingChars += 3 * analysis.length;
    }
    this.pending = k + 1;
    this.rows += 1;
    this.pendingChars += cell.length + surface.length;
    if (this.pending === PENDING_ROWS || this.pendingChars >= PENDING_CHARS) this.flush();
    if (this.small !== undefined) {
      if (this.rows > SMALL_ROWS) this.small = undefined;
      else this.small.add(lexemeId, patternId, cell, surface, position, analysis);
    }
  }

  mark(): void {
    this.small?.mark();
    this.markPending = this.pending;
    this.markRows = this.rows;
  }

  rollback(): void {
    // Once past SMALL_ROWS the columns are gone for good: the rows go by COPY even if fewer remain.
    this.small?.rollback();
    this.rows = this.markRows;
    if (this.markPending >= 0) {
      // Only pending rows came after the mark.
      this.dropPending(this.markPending);
      return;
    }
    this.dropPending(0);
    if (this.full.length > this.markBuffers) {
      // The rows since the mark spilled into later buffers: go back to the one the mark was in, and give
      // the pool those after it (nothing was sent from them). A lexeme that fails at the form limit
      // fills a hundred of them; left to the collector, a failing import's dead buffers reached 78 MB.
      this.pool?.giveBack([...this.full.slice(this.markBuffers + 1), this.buffer]);
      this.buffer = this.full[this.markBuffers]!;
      this.full.length = this.ends.length = this.markBuffers;
    }
    this.pos = this.markPos;
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
    if (this.recycled) throw new Error('these COPY rows were recycled: their buffers hold other rows now');
    this.flush();
    const chunks = this.full.map((buffer, i) => buffer.subarray(0, this.ends[i]!));
    if (this.pos > 0) chunks.push(this.buffer.subarray(0, this.pos));
    return chunks;
  }

  /**
   * Writes the pending rows: their cells and surfaces as lines of UTF-8 with one `Buffer.write`, then
   * each row copied from there byte by byte, the ids and position in digits around them, tabs, newlines,
   * carriage returns and backslashes escaped on the way. A text holding a newline shifts the lines (the
   * copy does not end on the last one); those rows are written text by text instead.
   */
  private flush(): void {
    const n = this.pending;
    if (n === 0) return;
    const texts = this.texts;
    texts.push('');
    const joined = texts.join('\n');
    if (3 * joined.length > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(2 * this.scratch.length, 3 * joined.length));
    const scratch = this.scratch;
    const length = scratch.write(joined, 0);
    const most = 2 * length + n * ROW_OVERHEAD + this.analysisRoom;
    if (this.pos + most > this.buffer.length) this.nextBuffer(most);
    const end = this.copyRows(n, length);
    if (end < 0) this.writeRows(n);
    else this.pos = end;
    if (this.markPending === n) this.markAt(this.pos);
    this.markPending = -1;
    this.dropPending(0);
  }

  /** Copies the `n` pending rows from the scratch lines (`length` bytes) into the buffer; -1 when the lines do not come out even. */
  private copyRows(n: number, length: number): number {
    const scratch = this.scratch;
    const buffer = this.buffer;
    let pos = this.pos;
    let at = 0;
    // The previous row's ids, as digits at `idsAt` (none before the first row): most rows repeat them.
    let lexemeId = 0;
    let patternId = 0;
    let idsAt = 0;
    let idsLength = 0;
    const markPending = this.markPending;
    for (let k = 0; k < n; k++) {
      if (k === markPending) this.markAt(pos);
      if (idsLength > 0 && this.lexemeIds[k] === lexemeId && this.patternIds[k] === patternId) {
        for (let i = 0; i < idsLength; i++) buffer[pos + i] = buffer[idsAt + i]!;
        pos += idsLength;
      } else {
        lexemeId = this.lexemeIds[k]!;
        patternId = this.patternIds[k]!;
        idsAt = pos;
        pos = writeInteger(buffer, pos, lexemeId);
        buffer[pos++] = TAB;
        pos = writeInteger(buffer, pos, patternId);
        buffer[pos++] = TAB;
        idsLength = pos - idsAt;
      }
      for (let field = 0; field < 2; field++) {
        if (at >= length) return -1;
        for (let byte = scratch[at++]!; byte !== NEWLINE; byte = scratch[at++]!) {
          // Above the backslash: lower-case letters and every byte of a non-ASCII character.
          if (byte > BACKSLASH) buffer[pos++] = byte;
          else if (byte === TAB || byte === BACKSLASH || byte === 13) {
            buffer[pos++] = BACKSLASH;
            buffer[pos++] = byte === TAB ? 116 /* t */ : byte === BACKSLASH ? BACKSLASH : 114; /* r */
          } else {
            buffer[pos++] = byte;
          }
        }
        buffer[pos++] = TAB;
      }
      pos = writeInteger(buffer, pos, this.positions[k]!);
      buffer[pos++] = TAB;
      const analysis = this.analyses[k] ?? null;
      if (analysis === null) {
        buffer[pos++] = BACKSLASH;
        buffer[pos++] = 78; // 'N': COPY's NULL
      } else pos += buffer.write(copyField(analysis), pos);
      buffer[pos++] = NEWLINE;
    }
    return at === length ? pos : -1;
  }

  /** The pending rows written field by field (a text holds a newline). */
  private writeRows(n: number): void {
    for (let k = 0; k < n; k++) {
      if (k === this.markPending) this.markAt(this.pos);
      const cell = this.texts[2 * k]!;
      const surface = this.texts[2 * k + 1]!;
      const analysis = this.analyses[k] ?? null;
      const most = ROW_OVERHEAD + 6 * (cell.length + surface.length + (analysis === null ? 0 : analysis.length));
      if (this.pos + most > this.buffer.length) this.nextBuffer(most);
      const buffer = this.buffer;
      let pos = writeInteger(buffer, this.pos, this.lexemeIds[k]!);
      buffer[pos++] = TAB;
      pos = writeInteger(buffer, pos, this.patternIds[k]!);
      buffer[pos++] = TAB;
      pos += buffer.write(copyField(cell), pos);
      buffer[pos++] = TAB;
      pos += buffer.write(copyField(surface), pos);
      buffer[pos++] = TAB;
      pos = writeInteger(buffer, pos, this.positions[k]!);
      buffer[pos++] = TAB;
      pos += buffer.write(copyField(analysis), pos);
      buffer[pos++] = NEWLINE;
      this.pos = pos;
    }
  }

  /** Records that the mark is at `pos` of the current buffer. */
  private markAt(pos: number): void {
    this.markBuffers = this.full.length;
    this.markPos = pos;
  }

  /** Drops the pending rows from the `from`th on. */
  private dropPending(from: number): void {
    this.texts.length = 2 * from;
    if (this.analysed) this.analyses.fill(null, from, this.pending);
    this.analysed = from > 0 && this.analysed;
    if (from === 0) this.analysisRoom = this.pendingChars = 0;
    this.pending = from;
  }

  /**
   * Gives the buffers back to the pool, once the COPY statement that sent {@link chunks} has ended (the
   * server read them): the rows are gone, and `chunks` throws from then on.
   */
  recycle(): void {
    if (this.recycled) return;
    this.recycled = true;
    this.pool?.giveBack([...this.full, this.buffer, this.scratch]);
    this.full.length = this.ends.length = 0;
  }

  private nextBuffer(most: number): void {
    if (this.pos > 0) {
      this.full.push(this.buffer);
      this.ends[this.full.length - 1] = this.pos;
    }
    this.buffer = most <= BUFFER_BYTES && this.pool !== undefined ? this.pool.take() : Buffer.allocUnsafe(Math.max(BUFFER_BYTES, most));
    this.pos = 0;
  }
}

/**
 * An empty array that holds objects from the start. An empty literal `[]` starts as an array of small
 * integers and changes its map at its first push; each batch's new `CopyRows` began so, and the
 * optimized `add` and `copyRows`, compiled on the first batch's arrays, were thrown away at the second
 * batch ("wrong map", then "not a Smi"; `--trace-deopt` of the worker's rebuild) and compiled again.
 */
function emptyObjectArray<T>(): T[] {
  const array: unknown[] = [null];
  array.pop();
  return array as T[];
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
