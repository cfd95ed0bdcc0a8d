import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

// Files in another encoding, binary files and folders given as files: exit 1 with FILE:LINE[:COLUMN] and
// the fix, before any database is opened (capture() gives the commands none), and nothing printed.
describe('input files that are not UTF-8 text (or not files) exit 1 naming the file and line', () => {
  let dir: string;
  const path = (name: string, bytes: Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-not-text-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check and load: a Latin-1 lexemes file, instead of loading U+FFFD in place of its letters', async () => {
    const patterns = path('nouns.patterns', Buffer.from('pattern noun\nrule suffix +s => N;PL\n'));
    const lexemes = path('latin1.tsv', Buffer.from('id\tlemma\tpatterns\n1\tcaf\xe9\tnoun\n', 'latin1'));
    const message = `paradigm: ${lexemes}:2:6: byte 0xE9 is not UTF-8 (the file is in another encoding, such as Latin-1, or not text); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8\n`;
    for (const command of ['check', 'load']) {
      const io = capture();
      expect(await main([command, patterns, lexemes], io)).toBe(1);
      expect(io.err()).toBe(message);
    }
  });

  it('expand hunspell: a NUL byte in the .aff, which ended in a stack trace', async () => {
    const aff = path('nul.aff', Buffer.from('SET UTF-8\nSFX A Y 1\nSFX A 0 s\0 .\n'));
    const dic = path('nul.dic', Buffer.from('1\ncat/A\n'));
    const io = capture();
    expect(await main(['expand', 'hunspell', aff, dic], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('paradigm: nul.aff:3: "s\\0" holds a NUL byte (\\0); remove it (a text file has none: is this the right file?)\nnothing was printed\n');
  });

  it('import hunspell: a UTF-16 .aff, which was read as an .aff with no option', async () => {
    const aff = path('utf16.aff', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n', 'utf16le')]));
    const dic = path('utf16.dic', Buffer.from('1\ncat/A\n'));
    const io = capture();
    expect(await main(['import', 'hunspell', aff, dic], io)).toBe(1);
    expect(io.err()).toBe(
      'paradigm: utf16.aff:1: the file is UTF-16 (it starts with a UTF-16 byte order mark), which libhunspell does not read; convert it to UTF-8 and write "SET UTF-8" in the .aff\nnothing was imported\n',
    );
  });

  it('a file cut short inside a character (.dix, lexemes, .dic): said so, not "convert from Latin-1"', async () => {
    const dix = path('cut.dix', Buffer.concat([Buffer.from('<dictionary><section id="m" type="standard"><e><i>ع'), Buffer.from('ب').subarray(0, 1)]));
    const io = capture();
    expect(await main(['expand', 'apertium', dix], io)).toBe(1);
    expect(io.err()).toBe(
      `paradigm: ${dix}:1:52: the file ends inside a character (byte 0xD8 starts a UTF-8 sequence of 2 bytes; 1 is left): it was cut short; get the whole file again\nnothing was printed\n`,
    );
    const tsv = path('cut.tsv', Buffer.concat([Buffer.from('id\tlemma\tpatterns\n1\tcaf'), Buffer.from('€').subarray(0, 2)]));
    const lexemes = capture();
    expect(await main(['check', tsv], lexemes)).toBe(1);
    expect(lexemes.err()).toBe(`paradigm: ${tsv}:2:6: the file ends inside a character (byte 0xE2 starts a UTF-8 sequence of 3 bytes; 2 are left): it was cut short; get the whole file again\n`);
    const aff = path('cut.aff', Buffer.from('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n'));
    const dic = path('cut.dic', Buffer.concat([Buffer.from('2\ncafé/A\nna'), Buffer.from('ï').subarray(0, 1)]));
    const hunspell = capture();
    expect(await main(['expand', 'hunspell', aff, dic], hunspell)).toBe(1);
    expect(hunspell.err()).toBe(
      'paradigm: cut.dic:3: the file ends inside a character (byte 0xC3 starts a UTF-8 sequence of 2 bytes; 1 is left): it was cut short; get the whole file again\nnothing was printed\n',
    );
  });

  it('expand apertium: a Latin-1 .dix that does not declare it, a folder, an empty file, a missing one and one that cannot be read', async () => {
    const dix = path('latin1.dix', Buffer.from('<dictionary><section id="m" type="standard"><e><i>caf\xe9</i></e></section></dictionary>\n', 'latin1'));
    const latin1 = capture();
    expect(await main(['expand', 'apertium', dix], latin1)).toBe(1);
    expect(latin1.out()).toBe('');
    expect(latin1.err()).toBe(
      `paradigm: ${dix}:1:54: byte 0xE9 is not UTF-8, and the file declares no other encoding, so lt-expand refuses it too; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or declare the encoding it is in, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>\nnothing was printed\n`,
    );
    const folder = join(dir, 'folder.dix');
    mkdirSync(folder);
    const empty = path('empty.dix', Buffer.alloc(0));
    for (const [file, problem] of [
      [folder, '.dix file is a directory'],
      [empty, 'the .dix file is empty'],
      [join(dir, 'missing.dix'), '.dix file not found'],
      // Reading /proc/self/mem from its start fails with EIO for every user, root included.
      ['/proc/self/mem', '.dix file cannot be read (EIO: i/o error, read)'],
    ]) {
      const io = capture();
      expect(await main(['expand', 'apertium', file!], io)).toBe(1);
      expect(io.out()).toBe('');
      expect(io.err()).toBe(`paradigm: ${file}: ${problem}; give the path of an Apertium monolingual dictionary (.dix)\nnothing was printed\n`);
    }
  });
});
