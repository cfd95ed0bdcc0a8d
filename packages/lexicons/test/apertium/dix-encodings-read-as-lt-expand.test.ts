import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DIX_ENCODING_NAMES } from '@paradigm/lexicons';
import { declared, dixFiles } from './support/dix-files';
import { fixture, ltExpand, ourExpand, URD_DIX } from './support/lt-expand';

/** `text` converted by iconv from UTF-8 to `encoding`. */
function iconv(text: string | Buffer, encoding: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text, maxBuffer: 1 << 28 });
}

/** The iconv name of each encoding read, for writing test files in it. */
const ICONV_NAME = { 'UTF-8': 'UTF-8', 'UTF-16': 'UTF-16', 'UTF-16LE': 'UTF-16LE', 'UTF-16BE': 'UTF-16BE', 'ISO-8859-1': 'ISO-8859-1', 'ISO-8859-15': 'ISO-8859-15', 'windows-1252': 'CP1252', 'US-ASCII': 'ASCII' } as const;

describe('a .dix in another encoding is read as lt-expand reads it', () => {
  const file = dixFiles('dix-encodings-').write;
  const latinScript = readFileSync(fixture('latin-script.dix'), 'utf8');
  const ascii = readFileSync(fixture('basic.dix'), 'utf8').replace(/^<\?xml[^>]*>\n/, '');

  it('apertium-urd in UTF-16 with a byte order mark, little- and big-endian: the same lines as lt-expand, byte for byte', () => {
    const utf8 = readFileSync(URD_DIX);
    // The installed file starts with a UTF-8 byte order mark, which iconv turns into the UTF-16 one.
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const expected = ltExpand(URD_DIX);
    for (const [encoding, mark] of [
      ['UTF-16LE', [0xff, 0xfe]],
      ['UTF-16BE', [0xfe, 0xff]],
    ] as const) {
      const path = file(iconv(utf8, encoding));
      expect([...readFileSync(path).subarray(0, 2)]).toEqual(mark);
      expect(ltExpand(path) === expected).toBe(true);
      expect(ourExpand(path) === expected).toBe(true);
    }
  });

  it('every encoding name read, in upper and lower case, as lt-expand reads it', () => {
    expect(DIX_ENCODING_NAMES.size).toBe(29);
    for (const [name, encoding] of DIX_ENCODING_NAMES) {
      for (const written of [name, name.toLowerCase()]) {
        const text = declared(written) + (encoding === 'US-ASCII' ? ascii : latinScript);
        const path = file(iconv(text, ICONV_NAME[encoding]));
        const expected = ltExpand(path);
        expect({ written, lines: expected.split('\n').length }).toEqual({ written, lines: encoding === 'US-ASCII' ? 11 : 14 });
        expect({ written, ours: ourExpand(path) }).toEqual({ written, ours: expected });
      }
    }
  });

  it('every byte of ISO-8859-1, ISO-8859-15 and windows-1252 decodes to what lt-expand prints for it', () => {
    const high = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    for (const [name, bytes] of [
      ['ISO-8859-1', high],
      ['ISO-8859-15', high],
      // iconv, and so lt-expand, refuses the five bytes windows-1252 leaves undefined (see the refusals).
      ['windows-1252', high.filter((byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte))],
    ] as const) {
      const text = Buffer.concat([Buffer.from(`${declared(name)}<dictionary><section id="main" type="standard">\n<e><i>`), Buffer.from(bytes), Buffer.from('</i></e>\n</section></dictionary>\n')]);
      const path = file(text);
      const expected = ltExpand(path);
      expect(expected.length).toBeGreaterThan(2 * bytes.length);
      expect({ name, ours: ourExpand(path) }).toEqual({ name, ours: expected });
    }
  });

  it('UTF-16 without a byte order mark, declared (libxml2 recognises the declaration in UTF-16)', () => {
    for (const order of ['UTF-16LE', 'UTF-16BE']) {
      const path = file(iconv(declared('UTF-16') + latinScript, order));
      expect(readFileSync(path)[0] === 0xff || readFileSync(path)[0] === 0xfe).toBe(false);
      const expected = ltExpand(path);
      expect(expected.split('\n').length).toBe(14);
      expect(ourExpand(path)).toBe(expected);
    }
  });

  it('a UTF-16 file may declare UTF-8, which libxml2 ignores there', () => {
    const path = file(iconv(`\uFEFF${declared('UTF-8')}${latinScript}`, 'UTF-16LE'));
    const expected = ltExpand(path);
    expect(expected.split('\n').length).toBe(14);
    expect(ourExpand(path)).toBe(expected);
  });
});
