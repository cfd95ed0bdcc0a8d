import fc from 'fast-check';
import { chunkConverter, outputConverter } from '../../src/hunspell/output-conversion';

// OCONV on a chunk of newline-terminated words at once must give what converting word by word gives.
const letter = fc.constantFrom('a', 'b', 's', "'", '$', '.', '|', 'é', '𝔞');
const text = (min: number, max: number) => fc.array(letter, { minLength: min, maxLength: max }).map((parts) => parts.join(''));
const entry = fc.record({ from: text(1, 3), to: fc.oneof(text(1, 3), fc.constantFrom('$&', '$1', '_', 'x_y')) });

describe('OCONV applied to a chunk of words', () => {
  it('equals OCONV applied to each word, for tables without anchors', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.array(text(1, 8), { maxLength: 20 }), (table, words) => {
        const perChunk = chunkConverter(table)!;
        const perWord = outputConverter(table);
        const chunk = words.map((word) => `${word}\n`).join('');
        expect(perChunk(chunk)).toBe(words.map((word) => `${perWord(word)}\n`).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('is not offered where anchors, newlines or empty replacements make words differ', () => {
    expect(chunkConverter([{ from: '_a', to: 'b' }])).toBeUndefined();
    expect(chunkConverter([{ from: 'a_', to: 'b' }])).toBeUndefined();
    expect(chunkConverter([{ from: 'a\nb', to: 'c' }])).toBeUndefined();
    expect(chunkConverter([{ from: 'a', to: '' }])).toBeUndefined();
    expect(chunkConverter([{ from: "'", to: '’' }])!("l'a\nd'eau\n")).toBe('l’a\nd’eau\n');
  });
});
