import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApertiumFileError, readApertiumFile } from '@paradigm/lexicons';
import { declared, dixFiles } from './support/dix-files';
import { ltExpandVerdict } from './support/lt-expand';

/** What {@link readApertiumFile} throws for `path`, as `FILE:LINE:COLUMN: PROBLEM`. */
function refusal(path: string): string {
  try {
    readApertiumFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumFileError);
    expect((error as ApertiumFileError).file).toBe(path);
    return (error as Error).message;
  }
  throw new Error(`${path} was read`);
}

const ENTRY = (text: string): string => `<dictionary>\n<section id="main" type="standard">\n<e><i>${text}</i></e>\n</section>\n</dictionary>\n`;
const CONVERT = 'convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or declare the encoding it is in, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>';

describe('a .dix that cannot be read as text is refused naming the file, the place and the fix', () => {
  const files = dixFiles('dix-refused-');
  const file = files.write;

  it('bytes that are not UTF-8 in a file that declares no encoding (lt-expand prints nothing)', () => {
    const path = file(Buffer.from(ENTRY('caf\xe9'), 'latin1'));
    expect(refusal(path)).toBe(`${path}:3:10: byte 0xE9 is not UTF-8, and the file declares no other encoding, so lt-expand refuses it too; ${CONVERT}`);
    expect(ltExpandVerdict(path)).toBe('error: 3: parser error : Input is not proper UTF-8, indicate encoding !');
  });

  it('bytes that are not UTF-8 in a file that declares UTF-8', () => {
    const path = file(Buffer.from(declared('utf-8') + ENTRY('ni\xf1o'), 'latin1'));
    expect(refusal(path)).toBe(`${path}:4:9: byte 0xF1 is not UTF-8, although the file declares encoding "utf-8"; ${CONVERT}`);
    expect(ltExpandVerdict(path)).toBe('error: 4: parser error : Input is not proper UTF-8, indicate encoding !');
  });

  it('a byte windows-1252 leaves undefined, and a byte above 0x7F in US-ASCII (lt-expand fails on both)', () => {
    const cp1252 = file(Buffer.from(declared('windows-1252') + ENTRY('\x9cuvre\x81'), 'latin1'));
    expect(refusal(cp1252)).toBe(
      `${cp1252}:4:12: byte 0x81 is not windows-1252, the encoding the file declares ("windows-1252"), and lt-expand fails on it; fix the byte or declare the encoding the file is in`,
    );
    expect(ltExpandVerdict(cp1252)).toBe(':\n');
    const ascii = file(Buffer.from(declared('US-ASCII') + ENTRY('caf\xe9'), 'latin1'));
    expect(refusal(ascii)).toBe(
      `${ascii}:4:10: byte 0xE9 is not US-ASCII, the encoding the file declares ("US-ASCII"), and lt-expand fails on it; fix the byte or declare the encoding the file is in`,
    );
    expect(ltExpandVerdict(ascii)).toBe('error: 4: parser error : Extra content at the end of the document');
  });

  it('a declared encoding not read here, whether lt-expand reads it through iconv or not', () => {
    const koi8 = file(Buffer.from(declared('KOI8-R') + ENTRY('\xc4\xcf\xcd'), 'latin1'));
    expect(refusal(koi8)).toBe(
      `${koi8}:1:31: the file declares encoding "KOI8-R", which is not read here (only UTF-8, UTF-16, UTF-16LE, UTF-16BE, ISO-8859-1, ISO-8859-15, windows-1252, US-ASCII); convert it to UTF-8, e.g. iconv -f KOI8-R -t utf-8, and declare encoding="UTF-8"`,
    );
    expect(ltExpandVerdict(koi8)).toBe('дом:дом\n');
    const unknown = file(Buffer.from(declared('X-CUSTOM') + ENTRY('x')));
    expect(refusal(unknown)).toMatch(new RegExp(`^${unknown}:1:31: the file declares encoding "X-CUSTOM", which is not read here `));
    expect(ltExpandVerdict(unknown)).toBe('error: 1: parser error : Unsupported encoding X-CUSTOM');
  });

  it('a UTF-8 byte order mark before a declared ISO-8859-1 (lt-expand reads the UTF-8 bytes as ISO-8859-1)', () => {
    const path = file(Buffer.from(`\uFEFF${declared('ISO-8859-1')}${ENTRY('café')}`));
    expect(refusal(path)).toBe(
      `${path}:1:31: the file starts with a UTF-8 byte order mark but declares encoding "ISO-8859-1", and lt-expand reads such a file in the declared encoding; remove the mark or convert the file to UTF-8 and declare encoding="UTF-8"`,
    );
    expect(ltExpandVerdict(path)).toBe('cafÃ©:cafÃ©\n');
  });

  it('UTF-16 declared where the bytes are not, and declarations a UTF-16 file contradicts', () => {
    const labelled = file(Buffer.from(declared('UTF-16') + ENTRY('x')));
    expect(refusal(labelled)).toBe(
      `${labelled}:1:31: the file declares encoding "UTF-16" but is not UTF-16 (it has no UTF-16 byte order mark), which lt-expand fails on; declare the encoding its bytes are in`,
    );
    expect(ltExpandVerdict(labelled)).toBe('error: 1: parser error : Document labelled UTF-16 but has UTF-8 content');
    const latin1 = file(Buffer.from(`\uFEFF${declared('ISO-8859-1')}${ENTRY('x')}`, 'utf16le'));
    expect(refusal(latin1)).toBe(`${latin1}:1:31: the file is UTF-16LE but declares encoding "ISO-8859-1", which lt-expand fails on; declare encoding="UTF-16" or convert the file to UTF-8`);
    expect(ltExpandVerdict(latin1)).toBe('error: 2: parser error : Char 0x0 out of allowed range');
    const order = file(Buffer.from(`\uFEFF${declared('UTF-16BE')}${ENTRY('x')}`, 'utf16le'));
    expect(refusal(order)).toBe(`${order}:1:31: the file is UTF-16LE but declares encoding "UTF-16BE", which lt-expand fails on; declare encoding="UTF-16" or convert the file to UTF-8`);
    expect(ltExpandVerdict(order)).toMatch(/^error: 2: parser error : /);
  });

  it('UTF-16 with neither a byte order mark nor a declaration, and damaged UTF-16', () => {
    const bare = file(Buffer.from(ENTRY('x'), 'utf16le'));
    expect(refusal(bare)).toBe(
      `${bare}:1:1: the file looks like UTF-16 without a byte order mark or an XML declaration, which lt-expand does not read; convert it to UTF-8, e.g. iconv -f utf-16le -t utf-8`,
    );
    expect(ltExpandVerdict(bare)).toBe('error: 1: parser error : Char 0x0 out of allowed range');
    const surrogate = Buffer.from(`\uFEFF${ENTRY('ab')}`, 'utf16le');
    // A lone high surrogate in place of the "b".
    const b = surrogate.indexOf(Buffer.from('b', 'utf16le'));
    surrogate.writeUInt16LE(0xd800, b);
    const damaged = file(surrogate);
    expect(refusal(damaged)).toBe(`${damaged}:3:8: an unpaired UTF-16 surrogate; the file is damaged or not UTF-16`);
    const odd = file(Buffer.concat([Buffer.from(`\uFEFF${ENTRY('x')}`, 'utf16le'), Buffer.from([0x0a])]));
    expect(refusal(odd)).toBe(`${odd}:6:1: the file ends in half a UTF-16 character (an odd number of bytes); it is damaged or not UTF-16`);
  });

  it('a U+FFFD written in a UTF-16 file is read as text', () => {
    const path = file(Buffer.from(`\uFEFF${ENTRY('a\uFFFDb')}`, 'utf16le'));
    expect(readApertiumFile(path)).toBe(ENTRY('a\uFFFDb'));
  });

  it('an empty file, a missing one, a directory and one that cannot be read', () => {
    const empty = file(Buffer.alloc(0));
    expect(refusal(empty)).toBe(`${empty}: the .dix file is empty; give the path of an Apertium monolingual dictionary (.dix)`);
    expect(ltExpandVerdict(empty)).toBe('error: 1: parser error : Extra content at the end of the document');
    const missing = join(files.dir(), 'missing.dix');
    expect(refusal(missing)).toBe(`${missing}: .dix file not found; give the path of an Apertium monolingual dictionary (.dix)`);
    const folder = join(files.dir(), 'folder.dix');
    mkdirSync(folder);
    expect(refusal(folder)).toBe(`${folder}: .dix file is a directory; give the path of an Apertium monolingual dictionary (.dix)`);
    // Reading /proc/self/mem from its start fails with EIO for every user, root included (for whom
    // permission bits do not stop a read).
    expect(refusal('/proc/self/mem')).toBe('/proc/self/mem: .dix file cannot be read (EIO: i/o error, read); give the path of an Apertium monolingual dictionary (.dix)');
  });

  it('a device, which would be read without end or wait on a terminal, is refused before it is read', () => {
    for (const device of ['/dev/zero', '/dev/urandom', '/dev/null']) {
      expect(refusal(device)).toBe(`${device}: .dix file is a device, not a file; give the path of an Apertium monolingual dictionary (.dix)`);
    }
  });
});
