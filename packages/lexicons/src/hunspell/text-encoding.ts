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

/**
 * The `SET` of an .aff file, read before decoding: the option name and value are ASCII in every encoding
 * Hunspell supports. Hunspell's default is ISO8859-1.
 */
export function declaredEncoding(aff: Uint8Array): { set: string; line: number } {
  const text = Buffer.from(aff.buffer, aff.byteOffset, aff.byteLength).toString('latin1');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*SET\s+(\S+)/.exec(lines[i]!);
    if (match) return { set: match[1]!, line: i + 1 };
  }
  return { set: 'ISO8859-1', line: 0 };
}

/**
 * Decodes a file in the encoding its .aff declares. ISO8859-1 is decoded byte for byte (WHATWG maps that
 * label to windows-1252, which differs from Hunspell in 0x80-0x9F); invalid UTF-8 is an error naming the
 * first bad line.
 */
export function decodeText(bytes: Uint8Array, set: string, file: string, setOrigin: string): string {
  const label = decoderLabel(set);
  if (label === undefined) {
    throw new HunspellImportError(
      file,
      0,
      `unsupported encoding "SET ${set}" (${setOrigin}); convert the files to UTF-8 and write "SET UTF-8"`,
    );
  }
  if (label === 'iso-8859-1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').split('\n');
    const decoder = new TextDecoder(label, { fatal: true });
    for (let i = 0; i < lines.length; i++) {
      try {
        decoder.decode(Buffer.from(lines[i]!, 'latin1'));
      } catch {
        throw new HunspellImportError(file, i + 1, `invalid ${set} text; re-encode the file as ${set} or fix "SET" in the .aff`);
      }
    }
    throw new HunspellImportError(file, 0, `invalid ${set} text; re-encode the file as ${set}`);
  }
}
