import { EntrySlots } from './entry-slots';

/**
 * The words of one entry {@link EntryBytes} writes at a time by default: an entry of Hunspell eu makes up
 * to 100,000, which, held as strings until the entry ended, lived through young collections into the old
 * generation and died there.
 */
export const ENTRY_PART_WORDS = 1024;

/**
 * Output text as UTF-8 bytes in one reusable buffer, each .dic entry's words once: {@link EntryWords}'s
 * de-duplication done on the bytes the words were written as, so no word is kept as a string past its
 * entry and no chunk is encoded again when it is written.
 *
 * An entry's words are joined and written with one `Buffer.write` when the entry ends (a long entry's
 * every {@link ENTRY_PART_WORDS} words, its table of lines kept across the parts): written one by
 * one, the call's own cost (checking its arguments, entering C++, flattening the word) was a third of
 * expanding fr's 3.1 million words, and encoding them in JavaScript cost more (each word reaches the
 * encoder as another kind of V8 string, so every character read went through a generic lookup). The
 * written lines are then hashed on their bytes (length, first two and last three, where one entry's
 * words differ), looked up in the entry's table ({@link EntrySlots}) of line offsets, and a repeated
 * line is dropped by moving the lines after it back.
 */
export class EntryBytes {
  private buffer: Buffer;
  /** Where the next entry's lines go; the bytes before it are the text not yet taken. */
  private end = 0;
  /** The current entry's words added since its last part was written; written when it ends. */
  private words: string[] = [];
  private starts: Int32Array = new Int32Array(64);
  private ends: Int32Array = new Int32Array(64);
  private count = 0;
  private readonly table = new EntrySlots();
  /** Line `k`'s hash, for the table to place the lines again when it grows (one closure, not one a line). */
  private readonly hashOf = (k: number): number => hashBytes(this.buffer, this.starts[k], this.ends[k]);

  /** `partWords`: how many of an entry's words are written at a time. */
  constructor(
    private readonly chunkBytes: number,
    private readonly partWords: number = ENTRY_PART_WORDS,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes * 2);
  }

  /** True when the text so far fills a chunk. */
  get full(): boolean {
    return this.end >= this.chunkBytes;
  }

  /**
   * The text so far, then emptied; called between entries (after {@link nextEntry}). The bytes are the
   * buffer's own: they are valid until the next entry is written.
   */
  take(): Uint8Array {
    const text = this.buffer.subarray(0, this.end);
    this.end = 0;
    return text;
  }

  /**
   * Adds `word` (which holds no newline) to the current entry, to be written unless the entry already has
   * it. An entry's words are written `partWords` at a time as they come.
   */
  add(word: string): void {
    if (this.words.push(word) === this.partWords) this.writeWords();
  }

  /** Writes the current entry's words, each once and followed by a newline, and starts the next entry. */
  nextEntry(): void {
    if (this.words.length > 0) this.writeWords();
    this.count = 0;
    this.table.nextEntry();
  }

  /** Writes the words added since the last write, each unless the entry has it already. */
  private writeWords(): void {
    const words = this.words;
    const added = words.length;
    // A new array, not `length = 0` (in optimized code a call into V8's runtime per entry), and one
    // word (most en_US entries) without `join`.
    this.words = [];
    this.writeEntry(added === 1 ? `${words[0]}\n` : `${words.join('\n')}\n`, added);
  }

  /** Writes `text`, `added` words of the entry each followed by a newline, keeping each line's first occurrence in the entry. */
  private writeEntry(text: string, added: number): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    const room = text.length * 3;
    if (this.end + room > this.buffer.length) this.grow(room);
    const buffer = this.buffer;
    const end = this.end + buffer.write(text, this.end);
    let kept = this.end;
    let lines = 0;
    for (let start = this.end; start < end; ) {
      let newline = start;
      while (buffer[newline] !== 0x0a) newline++;
      lines++;
      const length = newline - start;
      // Lines are a few bytes: a loop moves them for less than a call to `copyWithin`.
      if (kept !== start) for (let k = 0; k <= length; k++) buffer[kept + k] = buffer[start + k];
      if (this.isNew(kept, kept + length)) kept += length + 1;
      start = newline + 1;
    }
    if (lines !== added) throw new Error(`${added - lines} of an entry's words hold a newline`);
    this.end = kept;
  }

  /** Records the line at `start`..`end` as the entry's next, unless the entry has it already (false). */
  private isNew(start: number, end: number): boolean {
    const table = this.table;
    if (table.crowded(this.count)) table.grow(this.count, this.hashOf);
    const buffer = this.buffer;
    const { slots, stamps, stamp } = table;
    const mask = slots.length - 1;
    let slot = hashBytes(buffer, start, end) & mask;
    while (stamps[slot] === stamp) {
      const k = slots[slot];
      if (sameBytes(buffer, this.starts[k], this.ends[k], start, end)) return false;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = stamp;
    slots[slot] = this.count;
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    return true;
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.end + needed));
    this.buffer.copy(larger, 0, 0, this.end);
    this.buffer = larger;
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ bytes[start];
  h = Math.imul(h, 31) + bytes[end - 1];
  if (n > 1) h = Math.imul(h, 31) + bytes[start + 1] + Math.imul(bytes[end - 2], 961);
  if (n > 2) h = Math.imul(h, 31) + bytes[end - 3];
  return (h ^ (h >>> 15)) >>> 0;
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (bytes[a] !== bytes[b]) return false;
  return true;
}
