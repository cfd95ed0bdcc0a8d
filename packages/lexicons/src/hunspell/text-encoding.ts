import { excerpt } from '@paradigm/core';
import { type CutShortEnd, cutShortEnd, decodeUtf8Text, hexByte, shownControls, startsWithUtf16Bom } from '../utf8-text';
import { HunspellImportError } from './hunspell-import-error';

/** Hunspell `SET` names mapped to WHATWG encoding labels understood by `TextDecoder`. */
function decoderLabel(set: string): string | undefined {
  const name = set.toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  const iso = /^iso-?8859-(\d+)$/.exec(name);
  if (iso) return `iso-8859-${iso[1]}`;
  if (name === 'koi8-r' || name === 'koi8-u') return name;
  if (name === 'microsoft-cp1251' || name === 'cp1251') return 'windows-1251';
  if (name === 'tis620-2533' || name === 'tis-620') return 'tis-620';
  return undefined;
}

/** A byte string without the UTF-8 byte order mark it may start with, as libhunspell drops it from both files' first line. */
function withoutUtf8Bom(text: string): string {
  return text.startsWith('\xEF\xBB\xBF') ? text.slice(3) : text;
}

/**
 * The `SET` of an .aff file, read before decoding: the option name and value are ASCII in every encoding
 * Hunspell supports. Hunspell's default is ISO8859-1. A byte order mark before the first line does not
 * hide a `SET` there (pt_BR.aff, en_GB.aff and kk_KZ.aff start with `<BOM>SET UTF-8`).
 */
export function declaredEncoding(aff: Uint8Array): { set: string; line: number } {
  const text = withoutUtf8Bom(Buffer.from(aff.buffer, aff.byteOffset, aff.byteLength).toString('latin1'));
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*SET\s+(\S+)/.exec(lines[i]!);
    if (match) return { set: match[1]!, line: i + 1 };
  }
  return { set: 'ISO8859-1', line: 0 };
}

/**
 * The file as one code unit per byte. Both files are split into lines and fields on these "byte strings"
 * because Hunspell reads flags as bytes: with the default `FLAG` (one 8-bit character) and `FLAG long`, a
 * flag is one or two bytes whatever the `SET` (hu_HU.aff is UTF-8 with flags >= 0x80 that are no UTF-8).
 * Only the text fields (words, affixes, conditions, morphology) are decoded, by {@link fieldDecoder}.
 *
 * @throws {@link HunspellImportError} for a UTF-16 file (`file` names it), whose every other byte is NUL.
 */
export function byteString(bytes: Uint8Array, file: string): string {
  if (startsWithUtf16Bom(bytes))
    throw new HunspellImportError(file, 1, 'the file is UTF-16 (it starts with a UTF-16 byte order mark), which libhunspell does not read; convert it to UTF-8 and write "SET UTF-8" in the .aff');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return withoutUtf8Bom(text);
}

/**
 * A field of a byte string (see {@link byteString}) as a message quotes it: its text in the `SET` (bytes
 * invalid there as U+FFFD; byte for byte where the `SET` is unknown), cut to an excerpt, control
 * characters shown ({@link shownControls}). Quoted as bytes, da_DK.dic's "-årig" would read "-Ã¥rig".
 */
export function shownField(field: string, set: string): string {
  const label = decoderLabel(set);
  const text = label === undefined || label === 'iso-8859-1' ? field : new TextDecoder(label).decode(Buffer.from(field, 'latin1'));
  return shownControls(excerpt(text));
}

/** Decodes one field of a byte string; throws when its bytes are invalid in the `SET`. */
export type FieldDecoder = (field: string, file: string, line: number) => string;

/**
 * The field, unless it holds a NUL byte: no text of a dictionary does (libhunspell's C strings end at
 * one), PostgreSQL cannot store it, and a file that has one is usually binary or damaged.
 */
function withoutNul(field: string, file: string, line: number): string {
  if (!field.includes('\0')) return field;
  throw new HunspellImportError(file, line, `"${excerpt(field).replaceAll('\0', '\\0')}" holds a NUL byte (\\0); remove it (a text file has none: is this the right file?)`);
}

/** The files among an .aff and its .dic that end inside a UTF-8 character, by name ({@link cutShortEnd}). */
export function cutShortEnds(files: { readonly aff: Uint8Array; readonly dic: Uint8Array; readonly affName: string; readonly dicName: string }): ReadonlyMap<string, CutShortEnd> {
  const ends = new Map<string, CutShortEnd>();
  for (const [name, bytes] of [[files.affName, files.aff], [files.dicName, files.dic]] as const) {
    const end = cutShortEnd(bytes);
    if (end !== undefined) ends.set(name, end);
  }
  return ends;
}

/**
 * A decoder for text fields in the encoding the .aff declares. ISO8859-1 is byte for byte (WHATWG maps that
 * label to windows-1252, which differs from Hunspell in 0x80-0x9F); ASCII fields are returned as they are.
 * A UTF-8 field that fails only on the character its file ends inside (`ends`, from {@link cutShortEnds})
 * is said to be cut short, as the other readers say it, not to be in another encoding.
 */
export function fieldDecoder(set: string, setOrigin: string, affName: string, ends: ReadonlyMap<string, CutShortEnd> = new Map()): FieldDecoder {
  const label = decoderLabel(set);
  if (label === undefined) {
    throw new HunspellImportError(
      affName,
      0,
      `unsupported encoding "SET ${shownControls(excerpt(set))}" (${setOrigin}); convert the files to UTF-8 and write "SET UTF-8"`,
    );
  }
  if (label === 'iso-8859-1') return (field, file, line) => withoutNul(field, file, line);
  // Fatal: a U+FFFD the file spells (the exporter writes words as they are stored) is text, not a decoding failure.
  const decoder = new TextDecoder(label, { fatal: true });
  const decode = label === 'utf-8' ? utf8Field : (field: string) => decoder.decode(Buffer.from(field, 'latin1'));
  return (field, file, line) => {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(field)) return withoutNul(field, file, line);
    let text: string;
    try {
      text = decode(field);
    } catch {
      const cut = label === 'utf-8' ? cutShortAt(ends.get(file), field, line) : undefined;
      if (cut !== undefined) throw new HunspellImportError(file, line, cut);
      throw new HunspellImportError(file, line, `"${shownField(field, set)}" is not valid ${set} text${badByteAt(field, label)}; re-encode the file as ${set} or correct the SET of the .aff`);
    }
    return withoutNul(text, file, line);
  };
}

/**
 * Where `field` (bytes as a latin1 string) first fails to decode as `label`, for a message: ` (byte 0xE9 at
 * character 4)`, the byte saying which encoding the file is in (0xE9 is Latin-1's é); empty when that
 * cannot be told (a multi-byte encoding other than UTF-8).
 */
function badByteAt(field: string, label: string): string {
  const bytes = Buffer.from(field, 'latin1');
  if (label === 'utf-8') {
    const decoded = decodeUtf8Text(bytes);
    return decoded.ok || decoded.problem.byte === undefined ? '' : ` (byte 0x${hexByte(decoded.problem.byte)} at character ${decoded.problem.column})`;
  }
  const text = new TextDecoder(label).decode(bytes);
  // One character a byte: the first U+FFFD stands for the byte at its place.
  const at = text.length === bytes.length ? text.indexOf('\uFFFD') : -1;
  return at < 0 ? '' : ` (byte 0x${hexByte(bytes[at]!)} at character ${at + 1})`;
}

/**
 * The message of a file cut short, when `field` (on `line`, failing to decode as UTF-8) ends where its
 * file ends, inside a character, and all of it before that character is UTF-8; else undefined.
 */
function cutShortAt(end: CutShortEnd | undefined, field: string, line: number): string | undefined {
  if (end === undefined || end.line !== line || !field.endsWith(Buffer.from(end.bytes).toString('latin1'))) return undefined;
  try {
    utf8Field(field.slice(0, field.length - end.bytes.length));
  } catch {
    return undefined;
  }
  return end.message;
}

/**
 * A byte string's UTF-8 text as the fatal `TextDecoder` gives it with `ignoreBOM` (throws on bytes that are
 * no UTF-8; a byte order mark is text, as libhunspell keeps one anywhere but at the start of a file, where
 * {@link byteString} drops it: ne_NP.dic's entry `<BOM><BOM>अँगार` is that word for `spell()`), without a
 * Buffer and a decoder call per field: `escape` spells each byte as `%XX` and `decodeURIComponent` decodes
 * those as UTF-8, rejecting what is not well-formed as the decoder does (overlong forms, surrogates, past
 * U+10FFFF). fr.dic's words (26,000 of 84,000 not ASCII) decoded in 30-70 ms instead of 40-100 ms on a
 * loaded machine.
 */
function utf8Field(field: string): string {
  return decodeURIComponent(escape(field));
}
