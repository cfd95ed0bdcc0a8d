// A message quotes a dictionary's text as the .aff's SET decodes it, not its bytes one character each, and
// shows its control characters, which printed raw would hide the file and line on a terminal.
import { parseHunspell, streamHunspellText } from '@paradigm/lexicons';
import { errorOf } from './hunspell-oracles';

const files = (aff: Buffer, dic: Buffer) => ({ aff, dic, affName: 't.aff', dicName: 't.dic' });

/** The message of both readings, which must agree. */
function message(aff: Buffer, dic: Buffer): string {
  const held = errorOf(() => parseHunspell(files(aff, dic)));
  expect(errorOf(() => [...streamHunspellText(files(aff, dic))])).toBe(held);
  return held;
}

describe('messages quote text in the encoding of the .aff', () => {
  it('a UTF-8 .dic whose first line is an entry, not the count', () => {
    expect(message(Buffer.from('SET UTF-8\n'), Buffer.from('-årig/A\n'))).toBe('t.dic:1: missing or bad word count "-årig/A"; line 1 of a .dic file is the number of entries');
  });

  it('an ISO8859-2 .aff whose class count is no number (a warning; strict, an error)', () => {
    const aff = Buffer.from('SET ISO8859-2\nSFX A Y x\xb9\nSFX A 0 s .\n', 'latin1');
    const problem =
      '"SFX A Y xš" is no SFX class header (its rule count "xš" is no positive number) and no rule of the class before it; libhunspell reads no further (t.aff from line 2 on is ignored); write the header "SFX A Y|N number_of_rules" first, or correct the count of the class above';
    expect(parseHunspell(files(aff, Buffer.from('1\ncat\n'))).warnings.map((warning) => warning.problem)).toEqual([problem]);
    expect(errorOf(() => parseHunspell(files(aff, Buffer.from('1\ncat\n')), { strict: true }))).toBe(`t.aff:2: ${problem}`);
  });

  it('a UTF-8 rule line that is no rule of its class (the count too high)', () => {
    const aff = Buffer.from('SET UTF-8\nSFX A Y 2\nSFX A 0 s .\nSFX B 0 ü .\n');
    const [warning] = parseHunspell(files(aff, Buffer.from('1\ncat\n'))).warnings;
    expect(warning?.problem).toMatch(/^"SFX B 0 ü \." is no rule of SFX class "A"/);
  });
});

describe('messages show control characters as \\xNN', () => {
  it('a carriage return inside a word that is no UTF-8', () => {
    const dic = Buffer.concat([Buffer.from('1\nab\rc'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(message(Buffer.from('SET UTF-8\n'), dic)).toBe('t.dic:2: "ab\\x0Dc\ufffd" is not valid UTF-8 text (byte 0xFF at character 5); re-encode the file as UTF-8 or correct the SET of the .aff');
  });

  it('a NUL in the SET', () => {
    expect(message(Buffer.from('SET UTF\x008\n'), Buffer.from('1\ncat\n'))).toBe('t.aff: unsupported encoding "SET UTF\\x008" (t.aff:1); convert the files to UTF-8 and write "SET UTF-8"');
  });
});
