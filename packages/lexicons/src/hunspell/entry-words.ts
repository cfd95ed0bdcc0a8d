/**
 * The distinct words of one .dic entry, in the order they were first generated: hunspell-reader prints
 * each entry's words once, and its rules often make a word twice (fr.aff's `SFX S. 0 0` gives the word
 * itself again, as the singular).
 *
 * An open-addressing table keyed by the length and the first two and last three code units, which
 * are where one entry's words differ (its stem is shared). A `Set` hashed every code unit of every word
 * and took a tenth of expanding fr (3.2 million words). Slots are stamped with the entry they belong to,
 * so starting the next entry clears nothing.
 */
export class EntryWords {
  /** The words in order; only the first {@link count} belong to the current entry. */
  readonly list: string[] = [];
  count = 0;
  private slots = new Int32Array(64);
  private stamps = new Uint32Array(64);
  private stamp = 1;

  /** Starts the next entry. */
  clear(): void {
    this.count = 0;
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(word: string): void {
    if (this.count * 2 >= this.slots.length) this.grow();
    const list = this.list;
    const stamps = this.stamps;
    const mask = this.slots.length - 1;
    let slot = hash(word) & mask;
    while (stamps[slot] === this.stamp) {
      if (list[this.slots[slot]] === word) return;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = this.stamp;
    this.slots[slot] = this.count;
    if (this.count === list.length) list.push(word);
    else list[this.count] = word;
    this.count++;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    const mask = size - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = hash(this.list[k]) & mask;
      while (this.stamps[slot] === this.stamp) slot = (slot + 1) & mask;
      this.stamps[slot] = this.stamp;
      this.slots[slot] = k;
    }
  }
}

function hash(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ word.charCodeAt(0);
  h = Math.imul(h, 31) + word.charCodeAt(n - 1);
  if (n > 1) h = Math.imul(h, 31) + word.charCodeAt(1) + Math.imul(word.charCodeAt(n - 2), 961);
  if (n > 2) h = Math.imul(h, 31) + word.charCodeAt(n - 3);
  return (h ^ (h >>> 15)) >>> 0;
}
