import fc from 'fast-check';
import { EntryWords } from '../../src/hunspell/entry-words';

describe("one entry's words", () => {
  it('are each kept once, in the order first added, entry after entry', () => {
    const words = new EntryWords();
    const word = fc.array(fc.constantFrom('a', 'b', 'é', '’', '𝔞'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 300 }), { maxLength: 4 }), (entries) => {
        for (const entry of entries) {
          words.clear();
          for (const w of entry) words.add(w);
          expect(words.list.slice(0, words.count)).toEqual([...new Set(entry)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
