// Text between the elements of an <e> is skipped when it is blank and refused when it is not, with the
// characters lt-expand takes as blank: spaces of every kind and NEL, but not U+FEFF (a byte order mark
// left in the middle of a file) nor U+200B.
import { ApertiumDixError, expandApertiumText, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { dixFiles } from './support/dix-files';
import { ltExpandVerdict } from './support/lt-expand';

const dix = (between: string): string =>
  `<dictionary>\n<pardefs>\n<pardef n="p"><e><p><l>s</l><r><s n="pl"/></r></p></e></pardef>\n</pardefs>\n<section id="main" type="standard">\n<e lm="a"><i>a</i>${between}<par n="p"/></e>\n</section>\n</dictionary>\n`;

/** Our expansion of `path`, or the message of the error that refuses it. */
function verdict(path: string): string {
  try {
    return [...expandApertiumText(parseApertium(readApertiumFile(path), path))].join('');
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumDixError);
    return (error as Error).message.replace(`${path}:`, '');
  }
}

describe('text between the elements of an entry is blank as lt-expand tells it', () => {
  const files = dixFiles('dix-blank-');

  it.each([
    ['NEL', '\u0085'],
    ['a no-break space', '\u00a0'],
    ['an em space', '\u2003'],
    ['an ideographic space', '\u3000'],
    ['a line separator', '\u2028'],
    ['a space, a tab and a newline', ' \t\n'],
  ])('%s is blank: skipped', (_name, between) => {
    const path = files.write(Buffer.from(dix(between)));
    expect(verdict(path)).toBe('as:a<pl>\n');
    expect(ltExpandVerdict(path)).toBe('as:a<pl>\n');
  });

  it.each([
    ['U+FEFF', '\ufeff', '6:19: "\\uFEFF": text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <e>'],
    ['U+200B', '\u200b', '6:19: "\\u200B": text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <e>'],
    ['a letter between blanks', ' \u00a0x\u0085 ', '6:19: "x": text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <e>'],
  ])('%s is no blank: refused, quoted visibly', (_name, between, message) => {
    const path = files.write(Buffer.from(dix(between)));
    expect(verdict(path)).toBe(message);
    expect(ltExpandVerdict(path)).toBe('error: Error (9): Invalid construction.');
  });
});
