import type { Connection } from '../connection/connection';
import { assertIntegerField, copyField } from './copy-encoder';
import { deleteForms } from './delete-forms';
import { FORM_COLUMNS } from './form-columns';
import type { FormRows } from './form-rows';
import { UnnestRows } from './unnest-writer';

const COPY_FORMS = `COPY forms ${FORM_COLUMNS} FROM STDIN`;

/** Size of each buffer of COPY text; a row that does not fit starts the next one. */
const BUFFER_BYTES = 64 * 1024;
/**
 * Rows gathered for one write. A write per lexeme (at each `mark`) took 19 % more instructions for
 * Hunspell fr (38 rows a lexeme) and 12 % more for the worker's seed (20 short rows): each `join` and
 * `Buffer.write` has a cost of its own.
 */
const PENDING_ROWS = 256;
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
/** The end of a row (after its surface) whose position is `p` and whose analysis is NULL, for the positions most forms have. */
const NULL_TAILS: readonly string[] = Array.from({ length: 1024 }, (_, p) => `\t${p}\t\\N\n`);

/**
 * Form rows encoded as PostgreSQL's COPY text format (columns {@link FORM_COLUMNS}, tab-separated, fields
 * escaped as `copyField` escapes them) into 64 KiB buffers, {@link PENDING_ROWS} rows at a time (and
 * whatever is pending when the chunks are taken). Each row is appended to a string of the pending rows'
 * text as it comes (ids, cell, tab, surface, the row's end: string concatenation, which V8 keeps as a
 * tree of the pieces until the string is read), and the rows are turned into UTF-8 with one
 * `Buffer.write` per {@link PENDING_ROWS} rows. The cells and surfaces are also appended, back to back,
 * to a second string, searched for the characters COPY escapes; only when one is there are the rows
 * taken apart again (by the texts' lengths) and written escaped.
 *
 * This replaced copying each row byte by byte from the UTF-8 of its cell and surface (joined as lines
 * and written with one `Buffer.write`) into the buffer, escaping on the way: a loop over a Buffer costs
 * V8 about 30 instructions a byte. Generating and encoding the 50,000-lexeme seed's 979,455 rows as the
 * rebuild does, in a process of its own (`valgrind --tool=callgrind`, the loading subtracted): 6.31
 * billion instructions with the byte copy, 5.36 billion this way; the process's CPU time stayed the
 * same within the noise (median 746 ms either way, 8 alternating runs at load 9): flattening the
 * strings and the young objects they are made of cost about the time the byte loop did.
 *
 * No string is kept past its batch of rows, so the strings generation makes die young instead of being
 * kept (and copied by the garbage collector) until their batch is written. Up to {@link SMALL_ROWS} rows
 * are also kept as columns, for the one-statement write of a small batch.
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
  /** How many of the pending rows come before the mark; -1 once they are written (the mark is then `markBuffers`, `markPos`). */
  private markPending = -1;
  /** Rows added since the last write ({@link PENDING_ROWS} at most). */
  private pending = 0;
  /** The COPY text of the pending rows before the mark (none without a mark among them), and of those after it. */
  private sealed = '';
  private open = '';
  /** Their cells and surfaces, one after the other: what is tested for characters to escape. */
  private sealedTexts = '';
  private openTexts = '';
  /** The length of `openTexts`. */
  private openLength = 0;
  /** Each pending row's cell and surface lengths, in turn: where they are in the texts, should they need escaping. */
  private readonly lengths: number[] = new Array<number>(2 * PENDING_ROWS).fill(0);
  private lexemeId = Number.NaN;
  private patternId = Number.NaN;
  /** `lexemeId`, tab, `patternId`, tab: the start of the last row, which most rows repeat. */
  private ids = '';

  get count(): number {
    return this.rows;
  }

  add(lexemeId: number, patternId: number, cell: string, surface: string, position = 0, analysis: string | null = null): void {
    if (lexemeId !== this.lexemeId || patternId !== this.patternId) {
      assertIntegerField(lexemeId, 'lexemeId', this.rows);
      assertIntegerField(patternId, 'patternId', this.rows);
      this.lexemeId = lexemeId;
      this.patternId = patternId;
      this.ids = `${lexemeId}\t${patternId}\t`;
    }
    let end = analysis === null ? NULL_TAILS[position] : undefined;
    if (end === undefined) {
      if (!Number.isInteger(position)) assertIntegerField(position, 'position', this.rows);
      end = `\t${position}\t${copyField(analysis)}\n`;
    }
    const k = this.pending;
    this.open = this.open + this.ids + cell + '\t' + surface + end;
    // The lengths are read off the concatenations, which the compiler knows to be strings: `cell.length`
    // itself is a property read on strings of many kinds (flat, concatenated, one or two bytes a
    // character), which V8 made a megamorphic lookup.
    const withCell = this.openTexts + cell;
    const cellEnd = withCell.length;
    const texts = withCell + surface;
    this.lengths[2 * k] = cellEnd - this.openLength;
    this.lengths[2 * k + 1] = texts.length - cellEnd;
    this.openTexts = texts;
    this.openLength = texts.length;
    this.pending = k + 1;
    this.rows += 1;
    if (this.pending === PENDING_ROWS) this.flush();
    if (this.small !== undefined) {
      if (this.rows > SMALL_ROWS) this.small = undefined;
      else this.small.add(lexemeId, patternId, cell, surface, position, analysis);
    }
  }

  mark(): void {
    this.small?.mark();
    if (this.open.length > 0) {
      this.sealed += this.open;
      this.sealedTexts += this.openTexts;
      this.open = this.openTexts = '';
      this.openLength = 0;
    }
    this.markPending = this.pending;
    this.markRows = this.rows;
  }

  rollback(): void {
    // Once past SMALL_ROWS the columns are gone for good: the rows go by COPY even if fewer remain.
    this.small?.rollback();
    this.rows = this.markRows;
    this.open = this.openTexts = '';
    this.openLength = 0;
    if (this.markPending >= 0) {
      // Only pending rows came after the mark.
      this.pending = this.markPending;
      return;
    }
    this.sealed = this.sealedTexts = '';
    this.pending = 0;
    if (this.full.length > this.markBuffers) {
      // The rows since the mark spilled into later buffers: go back to the one the mark was in.
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
    this.flush();
    const chunks = this.full.map((buffer, i) => buffer.subarray(0, this.ends[i]!));
    if (this.pos > 0) chunks.push(this.buffer.subarray(0, this.pos));
    return chunks;
  }

  /** Writes the pending rows as UTF-8: those before the mark, then (the mark's place noted) those after it. */
  private flush(): void {
    if (this.pending === 0) return;
    if (needsEscape(this.sealedTexts + this.openTexts)) this.escapeTexts();
    this.writeText(this.sealed);
    if (this.markPending >= 0) this.markAt(this.pos);
    this.writeText(this.open);
    this.markPending = -1;
    this.sealed = this.open = this.sealedTexts = this.openTexts = '';
    this.openLength = 0;
    this.pending = 0;
  }

  /** The pending rows' text again, their cells and surfaces escaped (found by their lengths: the raw texts may hold tabs and newlines). */
  private escapeTexts(): void {
    const before = Math.max(this.markPending, 0);
    const texts = this.sealedTexts + this.openTexts;
    let at = 0;
    const escaped = (lines: string, from: number, to: number): string => {
      let text = '';
      let i = 0;
      for (let k = from; k < to; k++) {
        const cellLength = this.lengths[2 * k]!;
        const surfaceLength = this.lengths[2 * k + 1]!;
        // The ids are digits and two tabs; the row's end (position, analysis, newline) has no raw newline.
        const cellAt = lines.indexOf('\t', lines.indexOf('\t', i) + 1) + 1;
        const endAt = cellAt + cellLength + 1 + surfaceLength;
        const next = lines.indexOf('\n', endAt) + 1;
        const cell = texts.slice(at, at + cellLength);
        const surface = texts.slice(at + cellLength, at + cellLength + surfaceLength);
        at += cellLength + surfaceLength;
        text += lines.slice(i, cellAt) + copyField(cell) + '\t' + copyField(surface) + lines.slice(endAt, next);
        i = next;
      }
      return text;
    };
    this.sealed = escaped(this.sealed, 0, before);
    this.open = escaped(this.open, before, this.pending);
  }

  /** Appends `text` as UTF-8, in a new buffer when the current one may not hold it (3 bytes a UTF-16 unit at most). */
  private writeText(text: string): void {
    if (text.length === 0) return;
    const most = 3 * text.length;
    if (this.pos + most > this.buffer.length) this.nextBuffer(most);
    this.pos += this.buffer.write(text, this.pos);
  }

  /** Records that the mark is at `pos` of the current buffer. */
  private markAt(pos: number): void {
    this.markBuffers = this.full.length;
    this.markPos = pos;
  }

  private nextBuffer(most: number): void {
    if (this.pos > 0) {
      this.full.push(this.buffer);
      this.ends[this.full.length - 1] = this.pos;
    }
    this.buffer = Buffer.allocUnsafe(Math.max(BUFFER_BYTES, most));
    this.pos = 0;
  }
}


/**
 * True when `text` holds a character COPY text escapes. Four searches for one character each (a
 * `memchr` over the string) instead of one regular expression: /[\\\t\n\r]/ took 10 instructions a
 * character on the generated texts.
 */
function needsEscape(text: string): boolean {
  return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\\') >= 0;
}
