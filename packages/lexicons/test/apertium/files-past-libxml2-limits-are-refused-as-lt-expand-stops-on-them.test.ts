// lt-expand reads a .dix with libxml2, which reads no element nested more than 257 deep (the root is 1)
// and no text of more than 10,000,000 bytes between two tags: past either it stops ("Excessive depth in
// document", "huge text node"), printing the lines before it or none. Such a file is refused here, naming
// the element or text; one level or byte less expands as lt-expand expands it.
import { ApertiumDixError, expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { dixFiles } from './support/dix-files';
import { ltExpand, ltExpandVerdict } from './support/lt-expand';

/** An entry whose <i> holds `depth` nested <g> (the <g>s start at depth 5 in a section, 7 in a pardef). */
const inSection = (depth: number): string =>
  `<dictionary><section id="main" type="standard"><e><i>x</i></e><e><i>a${'<g>'.repeat(depth)}b${'</g>'.repeat(depth)}</i></e></section></dictionary>\n`;
const inPardef = (depth: number): string =>
  `<dictionary><pardefs><pardef n="x"><e><p><l>a${'<g>'.repeat(depth)}b${'</g>'.repeat(depth)}</l><r>a</r></p></e></pardef></pardefs><section id="main" type="standard"><e><i>q</i><par n="x"/></e></section></dictionary>\n`;

function ours(path: string): string {
  return [...expandApertiumText(parseApertium(readApertiumFile(path), path))].join('');
}

function refusal(path: string): string {
  try {
    ours(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumDixError);
    return (error as Error).message.replace(`${path}:`, '');
  }
  throw new Error(`${path} was expanded`);
}

const TOO_DEEP = 'an element nested 258 deep; lt-expand reads no element nested more than 257 deep (libxml2: "Excessive depth in document") and stops there; nest the elements less deeply';

describe('files past the limits of libxml2 are refused, as lt-expand stops on them', () => {
  const files = dixFiles('dix-limits-');

  it('257 levels expand as lt-expand expands them, in a section and in a pardef', () => {
    for (const text of [inSection(253), inPardef(251)]) {
      const path = files.write(Buffer.from(text));
      expect(ours(path)).toBe(ltExpand(path));
    }
  });

  it('258 levels are refused at the first element too deep, as lt-expand stops there', () => {
    const section = files.write(Buffer.from(inSection(254)));
    expect(refusal(section)).toBe(`1:829: <g>: ${TOO_DEEP}`);
    // lt-expand prints the entry before it and, from the one it stops in, the text read so far, exit 0.
    expect(ltExpandVerdict(section)).toBe(`x:x\na${'#'.repeat(254)}:a${'#'.repeat(254)}\n`);
    const pardef = files.write(Buffer.from(inPardef(252)));
    expect(refusal(pardef)).toBe(`1:799: <g>: ${TOO_DEEP}`);
    expect(ltExpandVerdict(pardef)).toMatch(/^error: 1: parser error : Excessive depth in document: 256 use XML_PARSE_HUGE option/);
  });

  it('a million levels are refused, naming the same element', () => {
    const path = files.write(Buffer.from(inSection(1_000_000)));
    expect(refusal(path)).toBe(`1:829: <g>: ${TOO_DEEP}`);
  });

  const TOO_LONG = (bytes: number): string =>
    `text: a text of ${bytes} bytes between two tags; lt-expand reads none of more than 10000000 bytes (libxml2: "huge text node") and stops there; look for a tag left unclosed above it, or split the text`;
  const withText = (text: string): string => `<dictionary><section id="main" type="standard"><e><i>x</i></e>${text}<e><i>z</i></e></section></dictionary>\n`;

  it('10,000,000 bytes of text expand as lt-expand expands them', () => {
    const path = files.write(Buffer.from(withText(`<e><i>${'é'.repeat(5_000_000)}</i></e>`)));
    expect(ours(path) === ltExpand(path)).toBe(true);
  });

  it.each([
    ['in an <i>, counted in bytes', `<e><i>${'é'.repeat(5_000_001)}</i></e>`, '1:69', 10_000_002],
    ['joined across an entity reference', `<e><i>${'a'.repeat(5_000_000)}&amp;${'a'.repeat(5_000_000)}</i></e>`, '1:69', 10_000_001],
    ['between entries, where lt-expand reads no text', 'a'.repeat(10_000_001), '1:63', 10_000_001],
  ])('a text of more is refused: %s', (_name, text, place, bytes) => {
    const path = files.write(Buffer.from(withText(text)));
    expect(refusal(path)).toBe(`${place}: ${TOO_LONG(bytes)}`);
    // lt-expand prints the entry before the text and stops.
    expect(ltExpandVerdict(path)).toBe('x:x\n');
  });
});
