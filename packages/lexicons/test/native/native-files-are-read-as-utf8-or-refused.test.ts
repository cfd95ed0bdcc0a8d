import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, NativeFileError, parseNativeLexicon, readNativeFiles } from '@paradigm/lexicons';

describe('native files are read as UTF-8 text; other bytes are refused with file, line and column', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-native-utf8-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const refusal = (paths: string[]): string => {
    try {
      readNativeFiles(paths);
    } catch (error) {
      if (error instanceof NativeFileError) return error.message;
      throw error;
    }
    throw new Error('read without a problem');
  };

  it('refuses a Latin-1 lexemes file at the first byte that is not UTF-8, instead of storing U+FFFD', () => {
    const file = write('latin1.tsv', Buffer.from('id\tlemma\tpatterns\n1\tcaf\xe9\tnoun\n', 'latin1'));
    expect(refusal([file])).toBe(
      `${file}:2:6: byte 0xE9 is not UTF-8 (the file is in another encoding, such as Latin-1, or not text); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8`,
    );
  });

  it('refuses a UTF-16 file by its byte order mark', () => {
    const file = write('utf16.patterns', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('pattern noun\nrule => N\n', 'utf16le')]));
    expect(refusal([file])).toBe(`${file}:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8`);
  });

  it('refuses a binary file', () => {
    const file = write('binary.patterns', Buffer.from([0x70, 0x0a, 0x00, 0x9c, 0xff, 0x10]));
    expect(refusal([file])).toBe(`${file}:2:2: byte 0x9C is not UTF-8 (the file is in another encoding, such as Latin-1, or not text); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8`);
  });

  it('reads a file that starts with a UTF-8 byte order mark without it, and keeps U+FFFD written in the text', () => {
    const patterns = write('bom.patterns', Buffer.from('\uFEFFpattern noun\nrule suffix +\uFFFD => N\n', 'utf8'));
    const lexemes = write('bom.tsv', Buffer.from('\uFEFFid\tlemma\tpatterns\n1\tcat\tnoun\n', 'utf8'));
    const lexicon = parseNativeLexicon(readNativeFiles([patterns, lexemes]));
    expect(lexicon.problems).toEqual([]);
    expect(lexicon.lexemes).toEqual([{ id: 1, lemma: 'cat', patterns: ['noun'] }]);
    expect(lexicon.patterns.map((p) => p.source)).toEqual(['pattern noun\nrule suffix +\uFFFD => N\n']);
  });

  it('refuses a file given twice', () => {
    const file = write('twice.tsv', Buffer.from('id\tlemma\tpatterns\n', 'utf8'));
    expect(refusal([file, join(dir, '.', 'twice.tsv')])).toBe(`${join(dir, '.', 'twice.tsv')}: given twice; name each file once`);
  });
});

describe('a lexeme line holding what PostgreSQL text cannot store is an error at its column', () => {
  it('a NUL in a lemma, which failed the load in the database with a stack trace', () => {
    const lexicon = parseNativeLexicon({ patternFiles: [], lexemes: { file: 'l.tsv', text: 'id\tlemma\tpatterns\n1\tca\0t\tnoun\n' } });
    expect(lexicon.problems.map(formatProblem)).toEqual(['l.tsv:2:5: error: the line holds U+0000 (NUL), which PostgreSQL cannot store in text; remove it']);
    expect(lexicon.lexemes).toEqual([]);
  });
});
