/**
 * A digest of a set of distinct words that does not depend on their order: how many they are, and the
 * sums (modulo 2^32) of two 32-bit hashes of each word over its UTF-16 code units (FNV-1a, and a
 * multiply-and-shift hash). It lets the Hunspell writer compare a lexeme's words with those its lines read
 * back as without holding the words between the two: two sets of as many words whose digests are equal
 * differ with odds of about 2^-64.
 */
export class WordSetDigest {
  private count = 0;
  private first = 0;
  private second = 0;

  /** Adds a word (each word once: the digest of a set). */
  add(word: string): void {
    let fnv = 0x811c9dc5;
    let mixed = 0x9747b28c ^ word.length;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      fnv = Math.imul(fnv ^ unit, 0x01000193);
      mixed = Math.imul(mixed ^ unit, 0x5bd1e995);
      mixed ^= mixed >>> 13;
    }
    this.count++;
    this.first = (this.first + fnv) | 0;
    this.second = (this.second + (mixed ^ (mixed >>> 15))) | 0;
  }

  /** How many words. */
  get size(): number {
    return this.count;
  }

  /** Whether `other` is the digest of the same set (but for the odds above). */
  equals(other: WordSetDigest): boolean {
    return this.count === other.count && this.first === other.first && this.second === other.second;
  }

  /** The digest of `words`, each counted once. */
  static of(words: Iterable<string>): WordSetDigest {
    const digest = new WordSetDigest();
    for (const word of words) digest.add(word);
    return digest;
  }
}
