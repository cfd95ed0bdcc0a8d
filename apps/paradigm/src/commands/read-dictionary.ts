import { plural } from '@paradigm/core';
import { ApertiumDixError, ApertiumFileError, HunspellImportError, type HunspellLexicon, type HunspellWarning, type IgnoredFlag, type ImportedLexicon, parseApertium, type ParseApertiumOptions, parseHunspell, parseHunspellStreamed, readApertiumFile, type StreamedHunspellLexicon, readHunspellFiles, shownFlag } from '@paradigm/lexicons';
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
  return reportingHunspell(() => parseHunspell(readHunspellFiles(aff, dic), { strict }), context, undone);
}

/** {@link readHunspell} for an import: the lexemes are read from the .dic as the import iterates them, never all held. */
export function readHunspellStreamed(aff: string, dic: string, strict: boolean, context: CliContext): StreamedHunspellLexicon {
  return reportingHunspell(() => parseHunspellStreamed(readHunspellFiles(aff, dic), { strict }), context, 'nothing was imported');
}

function reportingHunspell<T extends Pick<HunspellLexicon, 'warnings' | 'ignoredFlags'>>(parse: () => T, context: CliContext, undone: string): T {
  try {
    const lexicon = parse();
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
 * @param options the form limit the lexicon will be expanded with, and the line that says how to raise it
 *   (added where a pardef or entry is past it)
 * @throws {@link CommandFailure} (exit 1) naming the file and its problems, and `undone`.
 */
export function readApertium(dix: string, undone = 'nothing was imported', options: ParseApertiumOptions & { readonly formLimitHint?: string } = {}): ImportedLexicon {
  try {
    return parseApertium(readApertiumFile(dix), dix, options);
  } catch (error) {
    if (error instanceof ApertiumFileError) throw new CommandFailure(EXIT.problems, `${error.message}\n${undone}`);
    if (error instanceof ApertiumDixError) {
      const hint = options.formLimitHint !== undefined && error.pastFormLimit ? `\n${options.formLimitHint}` : '';
      const message = `${error.message}\n${dix} has ${plural(error.problems.length, 'problem')}; ${undone}${hint}`;
      throw error.pastFormLimit ? new PastFormLimitFailure(message) : new CommandFailure(EXIT.problems, message);
    }
    throw error;
  }
}

/** {@link readApertium}'s failure when pardefs nested past the form limit are among the problems. */
export class PastFormLimitFailure extends CommandFailure {
  constructor(message: string) {
    super(EXIT.problems, message);
    this.name = 'PastFormLimitFailure';
  }
}
