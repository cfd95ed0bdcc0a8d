// Bytes that are no text of a dictionary (a NUL, a UTF-16 file) are a HunspellImportError naming the file and line, not a pattern that fails to compile or an .aff read as empty.
import { parseHunspell, streamHunspellText } from '@paradigm/lexicons';
import { errorOf } from './hunspell-oracles';

const files = (aff: string, dic: string) => ({ aff: Buffer.from(aff, 'latin1'), dic: Buffer.from(dic, 'latin1'), affName: 't.aff', dicName: 't.dic' });

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

describe('a UTF-16 .aff or .dic (every other byte NUL) is an error naming the file', () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const message = (file: string) =>
    `${file}:1: the file is UTF-16 (it starts with a UTF-16 byte order mark), which libhunspell does not read; convert it to UTF-8 and write "SET UTF-8" in the .aff`;

  it('an .aff, which was read as one with no option and every flag ignored', () => {
    const pair = { aff: utf16('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n'), dic: Buffer.from('1\ncat/A\n'), affName: 't.aff', dicName: 't.dic' };
    expect(errorOf(() => parseHunspell(pair))).toBe(message('t.aff'));
    expect(errorOf(() => [...streamHunspellText(pair)])).toBe(message('t.aff'));
  });

  it('a .dic', () => {
    const pair = { aff: Buffer.from('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n'), dic: utf16('1\ncat/A\n'), affName: 't.aff', dicName: 't.dic' };
    expect(errorOf(() => parseHunspell(pair))).toBe(message('t.dic'));
    expect(errorOf(() => [...streamHunspellText(pair)])).toBe(message('t.dic'));
  });
});

describe('U+FFFD spelt in a UTF-8 file is text, not a decoding failure', () => {
  it('a .dic word with U+FFFD (as export hunspell writes a stored lemma) is read; a byte that is not UTF-8 is still an error', () => {
    const aff = 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n';
    const lexicon = parseHunspell({ aff: Buffer.from(aff), dic: Buffer.from('1\ncaf\uFFFD/A\n', 'utf8'), affName: 't.aff', dicName: 't.dic' });
    expect(lexicon.lexemes.map((lexeme) => lexeme.lemma)).toEqual(['caf\uFFFD']);
    expect(errorOf(() => parseHunspell({ aff: Buffer.from(aff), dic: Buffer.from('1\ncaf\xe9/A\n', 'latin1'), affName: 't.aff', dicName: 't.dic' }))).toBe(
      't.dic:2: "caf\uFFFD" is not valid UTF-8 text (byte 0xE9 at character 4); re-encode the file as UTF-8 or correct the SET of the .aff',
    );
  });
});

describe('a flag byte that is a control character is shown as \\xNN', () => {
  it('strict: a flag byte 0x80 (the second byte of a UTF-8 letter read as one-byte flags), which was printed as nothing', () => {
    const aff = 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n';
    expect(errorOf(() => parseHunspell({ aff: Buffer.from(aff), dic: Buffer.from('1\ncat/A\x80\n', 'latin1'), affName: 't.aff', dicName: 't.dic' }, { strict: true }))).toBe(
      't.dic:2: unknown flag "\\x80" on "cat": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in t.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)',
    );
  });
});
