import { readFileSync } from 'node:fs';
import { ApertiumDixError, decodeUtf8Text, fileProblem, HunspellImportError, type HunspellLexicon, type HunspellWarning, type IgnoredFlag, type ImportedLexicon, parseApertium, parseHunspell, readHunspellFiles, shownFlag } from '@paradigm/lexicons';
import { CommandFailure } from '../cli/command-failure';
import { type CliContext, EXIT } from '../cli/context';

/** The stderr line for a place of the .aff read as libhunspell reads it, which probably means something else. */
export function hunspellWarningLine({ file, line, problem }: HunspellWarning): string {
  return `paradigm: warning: ${file}:${line}: ${problem}\n`;
}

/** The stderr line for a flag nothing defines, ignored as libhunspell ignores it. */
export function ignoredFlagLine({ flag, file, line }: IgnoredFlag): string {
  return `paradigm: ignored unknown flag "${shownFlag(flag)}" (first at ${file}:${line}), as libhunspell ignores it; --strict makes it an error\n`;
}

/**
 * Reads a whole .aff/.dic pair, reporting its warnings on stderr.
 *
 * @param undone what the command did not do when it fails, e.g. "nothing was imported"
 * @throws {@link CommandFailure} (exit 1) with the problem and `undone`.
 */
export function readHunspell(aff: string, dic: string, strict: boolean, context: CliContext, undone = 'nothing was imported'): HunspellLexicon {
  try {
    const lexicon = parseHunspell(readHunspellFiles(aff, dic), { strict });
    for (const warning of lexicon.warnings) context.stderr(hunspellWarningLine(warning));
    for (const flag of lexicon.ignoredFlags) context.stderr(ignoredFlagLine(flag));
    return lexicon;
  } catch (error) {
    if (error instanceof HunspellImportError) throw new CommandFailure(EXIT.problems, `${error.message}\n${undone}`);
    throw error;
  }
}

/**
 * Reads an Apertium monolingual dictionary.
 *
 * @param undone what the command did not do when it fails, e.g. "nothing was imported"
 * @throws {@link CommandFailure} (exit 1) naming the file and its problems, and `undone`.
 */
export function readApertium(dix: string, undone = 'nothing was imported'): ImportedLexicon {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(dix);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandFailure(EXIT.problems, `${dix}: no such file; check the path`);
    throw new CommandFailure(EXIT.problems, `${dix}: ${fileProblem(error, '.dix')}; give the path of a .dix file`);
  }
  // lt-expand reads a .dix without an encoding declaration as UTF-8 and refuses other bytes; so does this.
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) {
    const { line, column, message } = decoded.problem;
    throw new CommandFailure(EXIT.problems, `${dix}:${line}:${column}: ${message}\n${undone}`);
  }
  try {
    return parseApertium(decoded.text, dix);
  } catch (error) {
    if (error instanceof ApertiumDixError) throw new CommandFailure(EXIT.problems, `${error.message}\n${dix} has ${error.problems.length} problem(s); ${undone}`);
    throw error;
  }
}
