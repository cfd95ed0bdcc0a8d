import { EntrySlots } from './entry-slots';

/**
 * The distinct words of one .dic entry, in the order they were first generated: hunspell-reader prints
 * each entry's words once, and its rules often make a word twice (fr.aff's `SFX S. 0 0` gives the word
 * itself again, as the singular).
 *
 * An open-addressing table keyed by the length and the first two and last three code units, which
 * are where one entry's words differ (its stem is shared). A `Set` hashed every code unit of every word
 * and took a tenth of expanding fr (3.2 million words).
 */
export class EntryWords {
  /** The words in order; only the first {@link count} belong to the current entry. */
  readonly list: string[] = [];
  count = 0;
  private readonly table = new EntrySlots();

  /** Starts the next entry. */
  clear(): void {
    this.count = 0;
    this.table.nextEntry();
  }

  add(word: string): void {
    const table = this.table;
    if (table.crowded(this.count)) table.grow(this.count, (k) => hash(this.list[k]));
    const list = this.list;
    const { slots, stamps, stamp } = table;
    const mask = slots.length - 1;
    let slot = hash(word) & mask;
    while (stamps[slot] === stamp) {
      if (list[slots[slot]] === word) return;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = stamp;
    slots[slot] = this.count;
    if (this.count === list.length) list.push(word);
    else list[this.count] = word;
    this.count++;
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
