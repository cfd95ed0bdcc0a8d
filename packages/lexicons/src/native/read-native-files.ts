import { resolve } from 'node:path';
import { NOT_A_FILE, readDictionaryFile, TOO_LARGE } from '../read-dictionary-file';
import { decodeUtf8Text } from '../utf8-text';
import type { NativeFiles } from './parse-native-lexicon';

/** A file named on the command line cannot be used: missing, unreadable, or of an unknown kind. */
export class NativeFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'NativeFileError';
  }
}

/**
 * Reads the files of a native lexicon: every `*.patterns` file, and at most one `*.tsv` (the lexemes),
 * in the order given.
 *
 * @throws {@link NativeFileError} naming the file and the fix (missing, unreadable, not UTF-8, unknown
 * extension, the same file twice, two .tsv files).
 */
export function readNativeFiles(paths: readonly string[]): NativeFiles {
  const patternFiles: { file: string; text: string }[] = [];
  let lexemes: { file: string; text: string } | undefined;
  const given = new Set<string>();
  for (const file of paths) {
    const key = resolve(file);
    if (given.has(key)) throw new NativeFileError(file, `${file}: given twice; name each file once`);
    given.add(key);
    const isPatterns = file.endsWith('.patterns');
    if (!isPatterns && !file.endsWith('.tsv'))
      throw new NativeFileError(file, `${file}: not a .patterns or .tsv file; give pattern files (NAME.patterns) and at most one lexemes file (NAME.tsv)`);
    if (!isPatterns && lexemes)
      throw new NativeFileError(file, `${file}: a second lexemes file (the first is ${lexemes.file}); put all lexemes in one .tsv`);
    const entry = { file, text: readText(file) };
    if (isPatterns) patternFiles.push(entry);
    else lexemes = entry;
  }
  return { patternFiles, ...(lexemes ? { lexemes } : {}) };
}

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readDictionaryFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a path through a file (`english.patterns/x.patterns`), missing like any other.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NativeFileError(file, `${file}: no such file; check the path`);
    if (code === 'EISDIR') throw new NativeFileError(file, `${file}: is a folder; name the files in it`);
    if (code === NOT_A_FILE) throw new NativeFileError(file, `${file}: is a device, not a file; give a file (or a pipe)`);
    if (code === TOO_LARGE) throw new NativeFileError(file, `${file}: is larger than 2 GiB, more than can be read; is this the right file?`);
    throw new NativeFileError(file, `${file}: cannot be read (${(error as Error).message})`);
  }
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded.text;
  const { line, column, message } = decoded.problem;
  throw new NativeFileError(file, `${file}:${line}:${column}: ${message}`);
}
