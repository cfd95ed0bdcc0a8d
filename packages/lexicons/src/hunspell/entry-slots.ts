/**
 * The open-addressing table of {@link EntryWords} and {@link EntryBytes}: slots hold the index of one of
 * the current entry's words, and are stamped with the entry they belong to, so starting the next entry
 * clears nothing. The owners probe it themselves (a call per probe would sit on the hot path).
 */
export class EntrySlots {
  slots = new Int32Array(64);
  stamps = new Uint32Array(64);
  stamp = 1;

  /** Starts the next entry: every slot is free again. */
  nextEntry(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** True when `count` words fill half the table: time to {@link grow} it before adding one. */
  crowded(count: number): boolean {
    return count * 2 >= this.slots.length;
  }

  /** Doubles the table and places the entry's `count` words again, word `k` hashed by `hashOf(k)`. */
  grow(count: number, hashOf: (k: number) => number): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    const mask = size - 1;
    for (let k = 0; k < count; k++) {
      let slot = hashOf(k) & mask;
      while (this.stamps[slot] === this.stamp) slot = (slot + 1) & mask;
      this.stamps[slot] = this.stamp;
      this.slots[slot] = k;
    }
  }
}
