/**
 * A Hunspell .aff or .dic file that cannot be imported. The message names the file, the 1-based line and
 * what to fix; nothing is imported when this is thrown (files are parsed fully before anything is built).
 */
export class HunspellImportError extends Error {
  override readonly name = 'HunspellImportError';

  /**
   * @param file - the file name as given by the caller (e.g. `en_US.aff`)
   * @param line - 1-based line number, or 0 when the error concerns the whole file
   * @param problem - what is wrong and how to fix it
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${problem}` : `${file}: ${problem}`);
  }
}
