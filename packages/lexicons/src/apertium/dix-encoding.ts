import { decodeUtf8Text, hexByte, textPosition } from '../utf8-text';
import { ApertiumFileError } from './apertium-file-error';

/**
 * The encodings a .dix is read in, each with the names its XML declaration may give it (compared without
 * case). lt-expand reads a .dix with libxml2, which reads these names too (tested against lt-expand
 * alias by alias) and, through iconv, many more; a name not listed here is refused with the fix.
 */
const ENCODINGS = [
  { encoding: 'UTF-8', names: ['UTF-8', 'UTF8'] },
  { encoding: 'UTF-16', names: ['UTF-16', 'UTF16'] },
  { encoding: 'UTF-16LE', names: ['UTF-16LE'] },
  { encoding: 'UTF-16BE', names: ['UTF-16BE'] },
  { encoding: 'ISO-8859-1', names: ['ISO-8859-1', 'ISO_8859-1', 'ISO8859-1', 'ISO88591', 'LATIN1', 'LATIN-1', 'L1', 'ISO-LATIN-1', 'CP819', 'IBM819'] },
  { encoding: 'ISO-8859-15', names: ['ISO-8859-15', 'ISO_8859-15', 'ISO8859-15', 'ISO885915', 'LATIN9', 'LATIN-9'] },
  { encoding: 'windows-1252', names: ['WINDOWS-1252', 'CP1252', 'MS-ANSI'] },
  { encoding: 'US-ASCII', names: ['US-ASCII', 'ASCII', 'ANSI_X3.4-1968', 'US'] },
] as const;

type Encoding = (typeof ENCODINGS)[number]['encoding'];

/** Every name {@link decodeDix} reads in an XML declaration, upper-case, and its encoding. */
export const DIX_ENCODING_NAMES: ReadonlyMap<string, Encoding> = new Map(ENCODINGS.flatMap(({ encoding, names }) => names.map((name) => [name, encoding] as const)));

const SUPPORTED = ENCODINGS.map(({ encoding }) => encoding).join(', ');

/** The XML declaration's encoding name and where it stands; `EncName` as XML 1.0 defines it. */
const DECLARED = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/;

/**
 * Where windows-1252 differs from ISO-8859-1: bytes 0x80-0x9F, `undefined` for the five that iconv (and so
 * lt-expand) refuses. Written out because Node's TextDecoder('windows-1252') decodes as ISO-8859-1 in
 * some versions (Node 20 here: 0x80 gave U+0080, not €).
 */
const CP1252_C1 = [...'€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'].map((char) => (char === '\0' ? undefined : char));
/** Where ISO-8859-15 differs from ISO-8859-1. */
const LATIN9: ReadonlyMap<number, string> = new Map([
  [0xa4, '€'],
  [0xa6, 'Š'],
  [0xa8, 'š'],
  [0xb4, 'Ž'],
  [0xb8, 'ž'],
  [0xbc, 'Œ'],
  [0xbd, 'œ'],
  [0xbe, 'Ÿ'],
]);

/**
 * The text of a .dix file's bytes, read as lt-expand reads them (libxml2 without options):
 *
 * - a UTF-8 byte order mark, or none: UTF-8, unless the XML declaration names another encoding;
 * - a UTF-16 byte order mark (little- or big-endian), or none but `<?` in UTF-16: UTF-16, whose
 *   declaration may say UTF-16, its byte order (UTF-16LE, UTF-16BE) or UTF-8 (libxml2 ignores it);
 * - the declaration's `encoding="..."`: UTF-8, ISO-8859-1, ISO-8859-15, windows-1252 and US-ASCII.
 *
 * Refused, with the line, column and fix: bytes that are not valid in the encoding (lt-expand refuses
 * undeclared non-UTF-8 bytes too, printing nothing), a declared encoding not listed above (lt-expand may
 * read it through iconv: converting to UTF-8 keeps the words), and a byte order mark that contradicts
 * the declaration (libxml2 2.9 then reads the declared encoding over the mark's, which garbles UTF-8
 * text or fails).
 *
 * @throws {@link ApertiumFileError} naming `file`.
 */
export function decodeDix(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ApertiumFileError(file, 0, 0, 'the .dix file is empty; give the path of an Apertium monolingual dictionary (.dix)');
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) {
    const text = decodeUtf16(bytes, utf16, file);
    const declared = declaration(text);
    const encoding = declared && DIX_ENCODING_NAMES.get(declared.name.toUpperCase());
    // libxml2 ignores a declared UTF-16 or UTF-8 here, and switches to a declared byte order.
    if (declared && encoding !== 'UTF-16' && encoding !== 'UTF-8' && encoding !== utf16.toUpperCase())
      fail(file, text, declared.at, `the file is ${utf16.toUpperCase()} but declares encoding "${declared.name}", which lt-expand fails on; declare encoding="UTF-16" or convert the file to UTF-8`);
    return text;
  }
  if ((bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c))
    throw new ApertiumFileError(file, 1, 1, 'the file looks like UTF-16 without a byte order mark or an XML declaration, which lt-expand does not read; convert it to UTF-8, e.g. iconv -f utf-16le -t utf-8');
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // The declaration is ASCII in every encoding read here: its bytes are its characters.
  const head = latin1(bytes.subarray(utf8Bom ? 3 : 0, 1024));
  const declared = declaration(head);
  if (declared === null) return utf8(bytes, file, 'and the file declares no other encoding, so lt-expand refuses it too');
  const column = declared.at + 1;
  const encoding = DIX_ENCODING_NAMES.get(declared.name.toUpperCase());
  if (encoding === undefined)
    throw new ApertiumFileError(file, 1, column, `the file declares encoding "${declared.name}", which is not read here (only ${SUPPORTED}); convert it to UTF-8, e.g. iconv -f ${declared.name} -t utf-8, and declare encoding="UTF-8"`);
  if (encoding === 'UTF-16' || encoding === 'UTF-16LE' || encoding === 'UTF-16BE')
    throw new ApertiumFileError(file, 1, column, `the file declares encoding "${declared.name}" but is not UTF-16 (it has no UTF-16 byte order mark), which lt-expand fails on; declare the encoding its bytes are in`);
  if (encoding === 'UTF-8') return utf8(bytes, file, `although the file declares encoding "${declared.name}"`);
  if (utf8Bom)
    throw new ApertiumFileError(file, 1, column, `the file starts with a UTF-8 byte order mark but declares encoding "${declared.name}", and lt-expand reads such a file in the declared encoding; remove the mark or convert the file to UTF-8 and declare encoding="UTF-8"`);
  return singleByte(bytes, encoding, declared.name, file);
}

/** The byte order of a UTF-16 file: from its byte order mark, or from `<?` written in UTF-16 without one. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)) return 'utf-16be';
  return null;
}

/** UTF-16 text without its byte order mark; an odd byte or an unpaired surrogate is refused where it stands. */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be', file: string): string {
  const text = new TextDecoder(order).decode(bytes);
  if (bytes.length % 2 === 1) fail(file, text, text.length - 1, 'the file ends in half a UTF-16 character (an odd number of bytes); it is damaged or not UTF-16');
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit === 0xfffd) {
      // TextDecoder writes U+FFFD for an unpaired surrogate; one written in the file is text like any other.
      const offset = 2 * at + (bytes[0] === 0xff || bytes[0] === 0xfe ? 2 : 0);
      const written = order === 'utf-16le' ? bytes[offset] === 0xfd && bytes[offset + 1] === 0xff : bytes[offset] === 0xff && bytes[offset + 1] === 0xfd;
      if (!written) fail(file, text, at, 'an unpaired UTF-16 surrogate; the file is damaged or not UTF-16');
    }
  }
  return text;
}

/** The declared encoding's name and its index in `text`, or null when there is no declaration or no encoding in it. */
function declaration(text: string): { name: string; at: number } | null {
  const match = DECLARED.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (match === null) return null;
  const name = match[2]!;
  return { name, at: match[0].length - name.length - 1 + (text.charCodeAt(0) === 0xfeff ? 1 : 0) };
}

function utf8(bytes: Uint8Array, file: string, context: string): string {
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded.text;
  const { line, column, byte, truncated, message } = decoded.problem;
  if (truncated) throw new ApertiumFileError(file, line, column, message);
  throw new ApertiumFileError(
    file,
    line,
    column,
    `byte 0x${hexByte(byte!)} is not UTF-8, ${context}; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or declare the encoding it is in, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>`,
  );
}

function singleByte(bytes: Uint8Array, encoding: 'ISO-8859-1' | 'ISO-8859-15' | 'windows-1252' | 'US-ASCII', name: string, file: string): string {
  const text = latin1(bytes);
  const invalid = encoding === 'US-ASCII' ? (byte: number) => byte >= 0x80 : encoding === 'windows-1252' ? (byte: number) => byte >= 0x80 && byte < 0xa0 && CP1252_C1[byte - 0x80] === undefined : null;
  if (invalid !== null) {
    const at = bytes.findIndex(invalid);
    if (at >= 0) fail(file, text, at, `byte 0x${hexByte(bytes[at]!)} is not ${encoding}, the encoding the file declares ("${name}"), and lt-expand fails on it; fix the byte or declare the encoding the file is in`);
  }
  if (encoding === 'windows-1252') return text.replace(/[\x80-\x9f]/g, (char) => CP1252_C1[char.charCodeAt(0) - 0x80]!);
  if (encoding === 'ISO-8859-15') return text.replace(/[\xa4\xa6\xa8\xb4\xb8\xbc-\xbe]/g, (char) => LATIN9.get(char.charCodeAt(0))!);
  return text;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Throws an {@link ApertiumFileError} at `text[index]` (1-based line and column in code points). */
function fail(file: string, text: string, index: number, problem: string): never {
  const { line, column } = textPosition(text, index);
  throw new ApertiumFileError(file, line, column, problem);
}
