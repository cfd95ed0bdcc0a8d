import fc from 'fast-check';
import { EntryBytes } from '../../src/hunspell/entry-bytes';

describe("one entry's words as bytes", () => {
  it('are each written once, in the order first added, entry after entry, across chunks and parts of an entry', () => {
    // Lone surrogates are written as U+FFFD, so two different ones make the same line.
    const word = fc.array(fc.constantFrom('a', 'b', 'é', '’', '𝔞', '\ud835', '\udd1e'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 300 }), { maxLength: 4 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 400 }), (entries, chunkBytes, partWords) => {
        // A small chunk makes the buffer grow within an entry and be taken between entries; a part of
        // fewer words than an entry writes it in parts, a word of a later part repeating one of an earlier.
        const words = new EntryBytes(chunkBytes, partWords);
        const chunks: Buffer[] = [];
        for (const entry of entries) {
          for (const w of entry) words.add(w);
          words.nextEntry();
          if (words.full) chunks.push(Buffer.from(words.take()));
        }
        chunks.push(Buffer.from(words.take()));
        const lines = entries.map((entry) => [...new Set(entry.map((w) => Buffer.from(`${w}\n`, 'utf8').toString('latin1')))].join(''));
        expect(Buffer.concat(chunks)).toEqual(Buffer.from(lines.join(''), 'latin1'));
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a word that holds a newline, which would be two lines', () => {
    const words = new EntryBytes(64);
    words.add('a');
    words.add('b\nc');
    expect(() => words.nextEntry()).toThrow("1 of an entry's words hold a newline");
  });
});
