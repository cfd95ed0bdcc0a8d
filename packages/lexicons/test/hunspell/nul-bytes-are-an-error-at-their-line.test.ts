// A NUL byte in a dictionary's text (a binary or damaged file) is a HunspellImportError at its line, not a pattern that fails to compile.
import { HunspellImportError, parseHunspell, streamHunspellText } from '@paradigm/lexicons';

const files = (aff: string, dic: string) => ({ aff: Buffer.from(aff, 'latin1'), dic: Buffer.from(dic, 'latin1'), affName: 't.aff', dicName: 't.dic' });

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof HunspellImportError) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('a NUL byte in an .aff or .dic is an error naming the file and line', () => {
  it('in an affix of the .aff (UTF-8)', () => {
    const aff = 'SET UTF-8\nSFX A Y 1\nSFX A 0 s\0 .\n';
    const expected = 't.aff:3: "s\\0" holds a NUL byte (\\0); remove it (a text file has none: is this the right file?)';
    expect(errorOf(() => parseHunspell(files(aff, '1\ncat/A\n')))).toBe(expected);
    expect(errorOf(() => [...streamHunspellText(files(aff, '1\ncat/A\n'))])).toBe(expected);
  });

  it('in an affix of an .aff with the default encoding (ISO8859-1)', () => {
    expect(errorOf(() => parseHunspell(files('SFX A Y 1\nSFX A 0 \xe9\0 .\n', '1\ncat/A\n')))).toBe(
      't.aff:2: "\xe9\\0" holds a NUL byte (\\0); remove it (a text file has none: is this the right file?)',
    );
  });

  it('in a word of the .dic', () => {
    const aff = 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n';
    const expected = 't.dic:3: "d\\0og" holds a NUL byte (\\0); remove it (a text file has none: is this the right file?)';
    expect(errorOf(() => parseHunspell(files(aff, '2\ncat/A\nd\0og/A\n')))).toBe(expected);
    expect(errorOf(() => [...streamHunspellText(files(aff, '2\ncat/A\nd\0og/A\n'))])).toBe(expected);
  });
});
