/**
 * A .dix file that cannot be read as text: missing, a directory, unreadable, empty, or in bytes or an
 * encoding that lt-expand would not read as {@link readApertiumFile} reads them. The message names the
 * file, the place (when the problem has one) and the fix; nothing is imported when this is thrown.
 */
export class ApertiumFileError extends Error {
  override readonly name = 'ApertiumFileError';

  /**
   * @param file - the path as given by the caller
   * @param line - 1-based line, or 0 when the problem concerns the whole file
   * @param column - 1-based column in code points, or 0 with `line` 0
   * @param problem - what is wrong and how to fix it
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `${file}:${line}:${column}: ${problem}` : `${file}: ${problem}`);
  }
}
