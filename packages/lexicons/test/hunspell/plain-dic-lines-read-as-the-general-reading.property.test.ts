import fc from 'fast-check';
import { entryFields, NOT_PLAIN, plainEntrySlash } from '../../src/hunspell/dic-file';

/**
 * The .dic reader takes a line it calls plain (`plainEntrySlash`) without the general reading
 * (`entryFields`) and without decoding; for such a line both must give the same word and flag field, no
 * morphological fields, and a word that decodes to itself (ASCII, no NUL).
 */
describe('a plain .dic line', () => {
  it('gives the word and flag field the general reading gives', () => {
    // Every character either reading treats apart, and a byte of a UTF-8 letter.
    const char = fc.constantFrom('a', 'B', '1', '/', '\\', ':', '\t', ' ', '\r', '\0', '\x7f', '\xc3', '\xa9', 'x', 'y', "'");
    const line = fc.array(char, { maxLength: 12 }).map((chars) => chars.join(''));
    let plain = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), line, fc.string({ maxLength: 3 }), (before, raw, after) => {
        const text = `${before}${raw}${after}`;
        const slash = plainEntrySlash(text, before.length, before.length + raw.length);
        if (slash === NOT_PLAIN) return;
        plain++;
        const at = slash < 0 ? -1 : slash - before.length;
        expect(/^[\x01-\x7e]+$/.test(raw)).toBe(true);
        expect({ word: at < 0 ? raw : raw.slice(0, at), flags: at < 0 ? undefined : raw.slice(at + 1), morphText: '' }).toEqual(entryFields(raw));
      }),
      { numRuns: 20_000 },
    );
    expect(plain).toBeGreaterThan(1_000);
  });

  it('is every line of the common shapes', () => {
    expect(['cat', 'cat/S', "o'clock/M", 'a/b/c', 'word/'].map((line) => plainEntrySlash(line, 0, line.length))).toEqual([-1, 3, 7, 1, 4]);
    expect([' cat', 'cat ', '/S', 'a\\/b', 'a\tpo:x', 'a:b', 'caf\xc3\xa9', 'a\0', ''].map((line) => plainEntrySlash(line, 0, line.length))).toEqual(Array(9).fill(NOT_PLAIN));
  });
});
