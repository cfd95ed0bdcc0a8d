import { readFileSync } from 'node:fs';
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
 * @throws {@link NativeFileError} naming the file and the fix (missing, unreadable, unknown extension, two .tsv files).
 */
export function readNativeFiles(paths: readonly string[]): NativeFiles {
  const patternFiles: { file: string; text: string }[] = [];
  let lexemes: { file: string; text: string } | undefined;
  for (const file of paths) {
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
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NativeFileError(file, `${file}: no such file; check the path`);
    if (code === 'EISDIR') throw new NativeFileError(file, `${file}: is a folder; name the files in it`);
    throw new NativeFileError(file, `${file}: cannot be read (${(error as Error).message})`);
  }
}
