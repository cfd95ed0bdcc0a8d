/** Where a file's bytes stop being UTF-8 text (1-based line, column in code points), and what to do. */
export interface Utf8Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The first byte that is not UTF-8; absent when the whole file is in another encoding (UTF-16). */
  readonly byte?: number;
  /** That byte's offset in the bytes (0-based), with {@link Utf8Problem.byte}. */
  readonly offset?: number;
  /** True when that byte starts a character the file ends inside of: a file cut short, not another encoding. */
  readonly truncated?: boolean;
}

/** A decoded text, or where the bytes are not UTF-8. */
export type Utf8Text = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Utf8Problem };

const UTF16 = 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8';

/**
 * Decodes a text file's bytes as UTF-8, without a leading UTF-8 byte order mark. Bytes that are not
 * UTF-8 (a Latin-1 `é`, a binary file) are a problem at their line and column, not U+FFFD in the text:
 * a decoder that replaced them would store a different word than the file holds.
 *
 * @example
 * decodeUtf8Text(Buffer.from('id\tlemma\n1\tcaf\xe9\n', 'latin1'));
 * // { ok: false, problem: { line: 2, column: 6, message: 'byte 0xE9 is not UTF-8 ...' } }
 */
export function decodeUtf8Text(bytes: Uint8Array): Utf8Text {
  if (startsWithUtf16Bom(bytes)) return { ok: false, problem: { line: 1, column: 1, message: UTF16 } };
  const text = new TextDecoder('utf-8').decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = bom + Buffer.byteLength(text.slice(0, at), 'utf8');
    // U+FFFD written in the file is text like any other.
    if (buffer[offset] === 0xef && buffer[offset + 1] === 0xbf && buffer[offset + 2] === 0xbd) continue;
    const byte = buffer[offset]!;
    const cut = cutShort(buffer, offset);
    if (cut !== undefined) return { ok: false, problem: { ...textPosition(text, at), byte, offset, truncated: true, message: cut } };
    return {
      ok: false,
      problem: { ...textPosition(text, at), byte, offset, message: `byte 0x${hexByte(byte)} is not UTF-8 (the file is in another encoding, such as Latin-1, or not text); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8` },
    };
  }
  return { ok: true, text };
}

/**
 * The problem of a file that ends inside a character, when the bytes from `offset` on are the start of
 * one UTF-8 sequence with too few bytes left for it: the file was cut short (a copy or download that
 * did not finish), and converting it from Latin-1 would spoil the rest of it. Else undefined.
 */
function cutShort(buffer: Buffer, offset: number): string | undefined {
  const lead = buffer[offset]!;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
  const left = buffer.length - offset;
  if (length === 0 || left >= length) return undefined;
  for (let at = offset + 1; at < buffer.length; at++) if ((buffer[at]! & 0xc0) !== 0x80) return undefined;
  return `the file ends inside a character (byte 0x${hexByte(lead)} starts a UTF-8 sequence of ${length} bytes; ${left} ${left === 1 ? 'is' : 'are'} left): it was cut short; get the whole file again`;
}

/** A file that ends inside a character ({@link cutShortEnd}). */
export interface CutShortEnd {
  /** The 1-based line it ends on. */
  readonly line: number;
  /** The bytes of the character it holds (its last bytes: a lead byte and too few after it). */
  readonly bytes: Uint8Array;
  /** What {@link decodeUtf8Text} says of such a file: it was cut short. */
  readonly message: string;
}

/**
 * Where a file's bytes end inside a UTF-8 character, for readers that decode a file piece by piece
 * (Hunspell's fields) rather than with {@link decodeUtf8Text}: undefined when its last bytes are not
 * the start of a character cut short.
 */
export function cutShortEnd(bytes: Uint8Array): CutShortEnd | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A character is at most 4 bytes: its lead is among the last 3 of a file cut inside it.
  let lead = buffer.length - 1;
  while (lead > buffer.length - 3 && lead > 0 && (buffer[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return undefined;
  const message = cutShort(buffer, lead);
  if (message === undefined) return undefined;
  let line = 1;
  for (let at = buffer.indexOf(0x0a); at >= 0; at = buffer.indexOf(0x0a, at + 1)) line++;
  // A copy: a view would keep the whole file alive as long as the reader keeps this.
  return { line, bytes: Uint8Array.from(buffer.subarray(lead)), message };
}

/** True when the bytes start with a UTF-16 byte order mark (little- or big-endian). */
export function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The 1-based line and column (in code points) of `text[index]`, as the messages about a file give them. */
export function textPosition(text: string, index: number): { line: number; column: number } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
  return { line, column: Array.from(text.slice(lineStart, index)).length + 1 };
}

/**
 * Text as messages quote it: each control character (C0, DEL, C1) as `\xNN`. Printed raw, a carriage
 * return sends the rest of a message over its start, hiding its file and line, and a NUL prints as nothing.
 *
 * @example shownControls('ab\r') // 'ab\\x0D'
 */
export function shownControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) => `\\x${hexByte(char.charCodeAt(0))}`);
}

/** A byte as the messages show it: two upper-case hex digits (`E9`). */
export function hexByte(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
