// Bad input stops the import with one error naming the file and line (and nothing is returned).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHunspell, readHunspellFiles, streamHunspellText } from '@paradigm/lexicons';
import { errorOf } from './hunspell-oracles';

function importText(aff: string, dic: string, options = {}) {
  return parseHunspell(
    { aff: Buffer.from(aff, 'utf8'), dic: Buffer.from(dic, 'utf8'), affName: 't.aff', dicName: 't.dic' },
    options,
  );
}

const AFF = 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n';

describe('Hunspell import errors', () => {
  it('a missing .aff file', () => {
    const missing = join(__dirname, 'fixtures', 'missing.aff');
    expect(errorOf(() => readHunspellFiles(missing, join(__dirname, 'fixtures', 'morph.dic')))).toBe(
      `${missing}: .aff file not found; give the path of an existing .aff file (a dictionary is an .aff and a .dic file)`,
    );
  });

  it('one file given as both, or a file named for the other role, before either is read', () => {
    const dic = join(__dirname, 'fixtures', 'morph.dic');
    const aff = join(__dirname, 'fixtures', 'morph.aff');
    const either = "give the dictionary's .aff file, then its .dic file (the two may come in either order when their names end in .aff and .dic)";
    expect([
      errorOf(() => readHunspellFiles(dic, dic)),
      errorOf(() => readHunspellFiles(dic, join(__dirname, 'fixtures', 'other.dic'))),
      errorOf(() => readHunspellFiles(join(__dirname, 'fixtures', 'words'), aff)),
    ]).toEqual([
      `${dic}: given as both the .aff and the .dic file; ${either}`,
      `${dic}: is named as a .dic file but given as the .aff file; ${either}`,
      `${aff}: is named as an .aff file but given as the .dic file; ${either}`,
    ]);
  });

  it('strict: an unknown flag on a .dic entry', () => {
    expect(errorOf(() => importText(AFF, '2\ncat/S\ndog/SZ\n', { strict: true }))).toBe(
      't.dic:3: unknown flag "Z" on "dog": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in t.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)',
    );
  });

  it('strict: an unknown flag in a continuation class', () => {
    expect(errorOf(() => importText('SFX S Y 1\nSFX S 0 s/Q .\n', '1\ncat/S\n', { strict: true }))).toBe(
      't.aff:2: unknown flag "Q" in the continuation of "s": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in t.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)',
    );
  });

  it('by default ignores unknown flags as libhunspell does, and reports where each first occurs', () => {
    const lexicon = importText(AFF, '3\ncat/SZ\ndog/Z\nant/Y\n');
    expect(lexicon.ignoredFlags).toEqual([
      { flag: 'Z', file: 't.dic', line: 2 },
      { flag: 'Y', file: 't.dic', line: 4 },
    ]);
  });

  it('a class header with too few fields', () => {
    expect(errorOf(() => importText('SFX S Y\nSFX S 0 s .\n', '1\ncat/S\n'))).toBe(
      't.aff:1: SFX line has 2 fields but needs at least 3: "SFX flag cross_product count" or "SFX flag strip affix [condition [morph...]]"',
    );
  });

  it('strict: a rule line with too few fields', () => {
    expect(errorOf(() => importText('SFX S Y 1\nSFX S 0\n', '1\ncat/S\n', { strict: true }))).toBe(
      't.aff:2: "SFX S 0" is no rule of SFX class "S", whose header (line 1) announces 1 rule; libhunspell drops the class and reads no further (t.aff from line 1 on is ignored); correct the count in line 1',
    );
  });

  it('a condition longer than paradigm-core holds (256 positions), read or streamed', () => {
    const condition = '[ab]'.repeat(257);
    const aff = `SET UTF-8\nSFX S Y 1\nSFX S 0 s ${condition}\n`;
    const message = `t.aff:3: the condition "${'[ab]'.repeat(15)}... (968 more characters)" has 257 positions, more than the 256 a condition may have here; shorten it`;
    expect(errorOf(() => importText(aff, '1\ncat/S\n'))).toBe(message);
    const files = { aff: Buffer.from(aff), dic: Buffer.from('1\ncat/S\n'), affName: 't.aff', dicName: 't.dic' };
    expect(errorOf(() => [...streamHunspellText(files)])).toBe(message);
    // 256 positions are held.
    expect(importText(`SET UTF-8\nSFX S Y 1\nSFX S 0 s ${'[ab]'.repeat(256)}\n`, '1\ncat/S\n').patterns.length).toBe(2);
  });

  it('a strip that needs a condition longer than paradigm-core holds (no FULLSTRIP: strip + 1 positions)', () => {
    const strip = 'a'.repeat(256);
    const aff = `SET UTF-8\nSFX S Y 1\nSFX S ${strip} 0 .\n`;
    expect(errorOf(() => importText(aff, `1\nb${strip}/S\n`))).toBe(
      `t.aff:3: the strip "${'a'.repeat(60)}... (196 more characters)" has 256 characters; without FULLSTRIP the rule's condition must cover the strip and one character more, 257 positions, more than the 256 a condition may have here; shorten the strip`,
    );
    // With FULLSTRIP no condition is needed.
    expect(importText(`SET UTF-8\nFULLSTRIP\n${aff.slice('SET UTF-8\n'.length)}`, `1\nb${strip}/S\n`).patterns.length).toBe(2);
  });

  it('a bad condition', () => {
    expect(errorOf(() => importText('SFX S Y 1\nSFX S 0 s [^aeiou\n', '1\ncat/S\n'))).toBe(
      't.aff:2: bad condition "[^aeiou": "[" at character 1 is never closed with "]"; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
    expect(errorOf(() => importText('PFX P Y 1\nPFX P 0 re a]\n', '1\ncat/P\n'))).toBe(
      't.aff:2: bad condition "a]": "]" at character 2 closes no "["; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
  });

  it('strict: a class without its header', () => {
    expect(errorOf(() => importText('SFX S 0 s .\n', '1\ncat/S\n', { strict: true }))).toBe(
      't.aff:1: "SFX S 0 s ." is no SFX class header (its rule count "s" is no positive number) and no rule of the class before it; libhunspell reads no further (t.aff from line 1 on is ignored); write the header "SFX S Y|N number_of_rules" first, or correct the count of the class above',
    );
  });

  it('a dictionary path that is a directory', () => {
    const dir = join(__dirname, 'fixtures');
    expect(errorOf(() => readHunspellFiles(join(dir, 'morph.aff'), dir))).toBe(
      `${dir}: .dic file is a directory; give the path of an existing .dic file (a dictionary is an .aff and a .dic file)`,
    );
  });

  it('a device as a dictionary file, which would be read without end, is refused before it is read', () => {
    const aff = join(__dirname, 'fixtures', 'morph.aff');
    expect(errorOf(() => readHunspellFiles(aff, '/dev/zero'))).toBe(
      '/dev/zero: .dic file is a device, not a file; give the path of an existing .dic file (a dictionary is an .aff and a .dic file)',
    );
    expect(errorOf(() => readHunspellFiles('/dev/urandom', join(__dirname, 'fixtures', 'morph.dic')))).toBe(
      '/dev/urandom: .aff file is a device, not a file; give the path of an existing .aff file (a dictionary is an .aff and a .dic file)',
    );
  });

  it('a dictionary file given as a pipe (a named one, as <(zcat fr.dic.gz) gives) is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hunspell-fifo-'));
    try {
      const aff = join(__dirname, 'fixtures', 'morph.aff');
      const dic = join(__dirname, 'fixtures', 'morph.dic');
      const fifo = join(dir, 'morph.dic');
      execFileSync('mkfifo', [fifo]);
      // Another process writes the pipe while this one blocks reading it.
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', dic, fifo]);
      expect(Buffer.from(readHunspellFiles(aff, fifo).dic).equals(readFileSync(dic))).toBe(true);
      writer.kill();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a .dic without its word count', () => {
    expect(errorOf(() => importText(AFF, 'cat/S\n'))).toBe(
      't.dic:1: missing or bad word count "cat/S"; line 1 of a .dic file is the number of entries',
    );
  });

  it("a word count as libhunspell's atoi reads it: a sign, text after the number; past 268435329, or past an int, refused", () => {
    for (const count of ['1', '+1', ' 1 words', '268435329']) expect(importText(AFF, `${count}\ncat\n`).lexemes.map((lexeme) => lexeme.lemma)).toEqual(['cat']);
    for (const count of ['0', '-5', '268435330', '2147483648', '99999999999999999999999']) {
      const why = count === '268435330' ? ', more than the 268435329 libhunspell reads' : '';
      expect(errorOf(() => importText(AFF, `${count}\ncat\n`))).toBe(`t.dic:1: missing or bad word count "${count}"${why}; line 1 of a .dic file is the number of entries`);
    }
  });

  it('a message quotes at most 60 characters of a long line or field (a binary file, a file without line breaks)', () => {
    expect(errorOf(() => importText(AFF, 'cat/S '.repeat(200000)))).toBe(
      `t.dic:1: missing or bad word count "${'cat/S '.repeat(10)}... (1199940 more characters)"; line 1 of a .dic file is the number of entries`,
    );
    const dic = Buffer.concat([Buffer.from('1\n'), Buffer.alloc(100000, 0xe9), Buffer.from('\n')]);
    expect(errorOf(() => parseHunspell({ aff: Buffer.from(AFF), dic, affName: 't.aff', dicName: 't.dic' }))).toBe(
      `t.dic:2: "${'\ufffd'.repeat(60)}... (99940 more characters)" is not valid UTF-8 text (byte 0xE9 at character 1); re-encode the file as UTF-8 or correct the SET of the .aff`,
    );
    expect(errorOf(() => importText(`SFX S Y 1\nSFX S 0 s ${'['.repeat(100)}\n`, '1\ncat/S\n'))).toBe(
      `t.aff:2: bad condition "${'['.repeat(60)}... (40 more characters)": "[" at character 1 is never closed with "]"; Hunspell conditions use ".", literals and [...] / [^...] sets`,
    );
    expect(errorOf(() => importText('FLAG long\nSFX Ss Y 1\nSFX Ss 0 s .\n', `1\ncat/${'S'.repeat(1001)}\n`, { strict: true }))).toBe(
      `t.dic:2: flag field "${'S'.repeat(60)}... (941 more characters)" has an odd number of characters but "FLAG long" needs two per flag`,
    );
  });

  it('strict: an undefined flag alias', () => {
    expect(errorOf(() => importText('AF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n', '1\ncat/2\n', { strict: true }))).toBe(
      't.dic:2: flag alias "2" is not defined: the AF table has 1 entry, numbered from 1',
    );
  });

  it('strict: an odd long flag; a negative num flag; a num flag past 65535', () => {
    expect(errorOf(() => importText('FLAG long\nSFX Ss Y 1\nSFX Ss 0 s .\n', '1\ncat/Ssx\n', { strict: true }))).toBe(
      't.dic:2: flag field "Ssx" has an odd number of characters but "FLAG long" needs two per flag',
    );
    expect(errorOf(() => importText('FLAG num\nSFX 1 Y 1\nSFX 1 0 s .\n', '1\ncat/1,-3\n', { strict: true }))).toBe(
      't.dic:2: flag "-3" in "1,-3" is outside 1-65535, the numbers "FLAG num" can name',
    );
    expect(errorOf(() => importText('FLAG num\nSFX 1 Y 1\nSFX 1 0 s .\n', '1\ncat/65536\n', { strict: true }))).toBe(
      't.dic:2: flag "65536" in "65536" is outside 1-65535, the numbers "FLAG num" can name',
    );
    // A piece without digits is flag 0, as libhunspell's atoi reads it: an unknown flag, an error when strict.
    expect(errorOf(() => importText('FLAG num\nSFX 1 Y 1\nSFX 1 0 s .\n', '1\ncat/1,x\n', { strict: true }))).toBe(
      't.dic:2: unknown flag "0" on "cat": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in t.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)',
    );
  });

  it('an unsupported encoding and bytes invalid in the declared one', () => {
    expect(errorOf(() => importText('SET ISCII-DEVANAGARI\n', '1\ncat\n'))).toBe(
      't.aff: unsupported encoding "SET ISCII-DEVANAGARI" (t.aff:1); convert the files to UTF-8 and write "SET UTF-8"',
    );
    const dic = Buffer.concat([Buffer.from('1\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(errorOf(() => parseHunspell({ aff: Buffer.from(AFF), dic, affName: 't.aff', dicName: 't.dic' }))).toBe(
      't.dic:2: "caf\ufffd" is not valid UTF-8 text (byte 0xE9 at character 4); re-encode the file as UTF-8 or correct the SET of the .aff',
    );
    // 0xD2 is no character of ISO-8859-7: the byte is named at its place, one character a byte.
    const greek = Buffer.concat([Buffer.from('1\n'), Buffer.from([0xe1, 0xe2, 0xd2]), Buffer.from('\n')]);
    expect(errorOf(() => parseHunspell({ aff: Buffer.from('SET ISO8859-7\n'), dic: greek, affName: 't.aff', dicName: 't.dic' }))).toBe(
      't.dic:2: "\u03b1\u03b2\ufffd" is not valid ISO8859-7 text (byte 0xD2 at character 3); re-encode the file as ISO8859-7 or correct the SET of the .aff',
    );
  });
});
