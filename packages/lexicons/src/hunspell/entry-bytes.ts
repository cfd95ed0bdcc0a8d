import { EntrySlots } from './entry-slots';

/**
 * Output text as UTF-8 bytes in one reusable buffer, each .dic entry's words once: {@link EntryWords}'s
 * de-duplication done on the bytes each word was written as, so no word is kept as a string past its
 * writing and no chunk is joined (or encoded again when it is written).
 *
 * A word is written at the end of the buffer, then hashed on its bytes (length, first two and last
 * three, where one entry's words differ) and looked up in the entry's table ({@link EntrySlots}) of word
 * offsets; a repeated word is taken back by moving the end back.
 */
export class EntryBytes {
  private buffer: Buffer;
  /** Where the next word goes; the bytes before it are the text not yet taken. */
  private end = 0;
  private starts: Int32Array = new Int32Array(64);
  private ends: Int32Array = new Int32Array(64);
  private count = 0;
  private readonly table = new EntrySlots();

  constructor(private readonly chunkBytes: number) {
    this.buffer = Buffer.allocUnsafe(chunkBytes * 2);
  }

  /** True when the text so far fills a chunk. */
  get full(): boolean {
    return this.end >= this.chunkBytes;
  }

  /**
   * The text so far, then emptied; called between entries. The bytes are the buffer's own: they are
   * valid until the next word is added.
   */
  take(): Uint8Array {
    const text = this.buffer.subarray(0, this.end);
    this.end = 0;
    return text;
  }

  /** Ends the current entry and starts the next. */
  nextEntry(): void {
    this.count = 0;
    this.table.nextEntry();
  }

  /** Adds `word` and a newline unless the current entry already has it. */
  add(word: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    if (this.end + word.length * 3 + 1 > this.buffer.length) this.grow(word.length * 3 + 1);
    const buffer = this.buffer;
    const start = this.end;
    const end = start + buffer.write(word, start);
    const table = this.table;
    if (table.crowded(this.count)) table.grow(this.count, (k) => hashBytes(this.buffer, this.starts[k], this.ends[k]));
    const { slots, stamps, stamp } = table;
    const mask = slots.length - 1;
    let slot = hashBytes(buffer, start, end) & mask;
    while (stamps[slot] === stamp) {
      const k = slots[slot];
      if (sameBytes(buffer, this.starts[k], this.ends[k], start, end)) return;
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
    buffer[end] = 0x0a;
    this.end = end + 1;
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
