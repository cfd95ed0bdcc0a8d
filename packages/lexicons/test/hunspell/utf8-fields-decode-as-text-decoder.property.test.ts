import fc from 'fast-check';
import { HunspellImportError } from '../../src/hunspell/hunspell-import-error';
import { fieldDecoder } from '../../src/hunspell/text-encoding';

/**
 * What the fatal UTF-8 `TextDecoder` makes of the bytes, a byte order mark kept (libhunspell keeps one
 * inside a file): the text, or null where it rejects them.
 */
function reference(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

describe('a UTF-8 field of a byte string', () => {
  it('decodes as the fatal TextDecoder decodes its bytes, and is an error where that one rejects them', () => {
    const decode = fieldDecoder('UTF-8', 'x.aff:1', 'x.aff');
    // Whole characters (BOM, surrogates' neighbours, astral), their bytes cut or mixed, and any byte at all.
    const piece = fc.oneof(
      fc.constantFrom('\uFEFF', 'é', '’', '\uD7FF', '\uE000', '\uFFFD', '𝔞', '\u{10FFFF}', 'a', '%', '+').map((c) => [...Buffer.from(c, 'utf8')]),
      fc.constantFrom([0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80], [0xc3]),
      fc.integer({ min: 1, max: 255 }).map((byte) => [byte]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const bytes = Uint8Array.from(pieces.flat());
        const expected = reference(bytes);
        const field = Buffer.from(bytes).toString('latin1');
        if (expected === null) expect(() => decode(field, 'x.dic', 2)).toThrow(HunspellImportError);
        else expect(decode(field, 'x.dic', 2)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
