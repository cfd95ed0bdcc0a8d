/** Bytes per block: few enough blocks to write for a large dictionary (apertium-hin: 28 MB of lines). */
const BLOCK_BYTES = 1 << 20;

/**
 * Text encoded as UTF-8 into large buffers and held there, outside the JavaScript heap, until it may be
 * written: the garbage collector neither copies nor scans it, where held strings would be both.
 */
export class HeldBytes {
  private readonly blocks: Uint8Array[] = [];
  private block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
  private used = 0;
  private before = 0;

  /** The bytes added so far. */
  get size(): number {
    return this.before + this.used;
  }

  add(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    if (text.length * 3 > this.block.length - this.used) {
      if (this.used > 0) this.blocks.push(this.block.subarray(0, this.used));
      this.before += this.used;
      this.block = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.block.write(text, this.used);
  }

  /** Everything added, in order. */
  bytes(): Uint8Array[] {
    return this.used > 0 ? [...this.blocks, this.block.subarray(0, this.used)] : this.blocks;
  }
}
