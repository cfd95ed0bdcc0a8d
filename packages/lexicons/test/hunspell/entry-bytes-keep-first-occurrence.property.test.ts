import fc from 'fast-check';
import { EntryBytes } from '../../src/hunspell/entry-bytes';

describe("one entry's words as bytes", () => {
  it('are each written once, in the order first added, entry after entry, across chunks', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'é', '’', '𝔞'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 300 }), { maxLength: 4 }), fc.integer({ min: 1, max: 64 }), (entries, chunkBytes) => {
        // A small chunk makes the buffer grow within an entry and be taken between entries.
        const words = new EntryBytes(chunkBytes);
        const chunks: Buffer[] = [];
        for (const entry of entries) {
          for (const w of entry) words.add(w);
          words.nextEntry();
          if (words.full) chunks.push(Buffer.from(words.take()));
        }
        chunks.push(Buffer.from(words.take()));
        const expected = entries.map((entry) => [...new Set(entry)].map((w) => `${w}\n`).join('')).join('');
        expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
