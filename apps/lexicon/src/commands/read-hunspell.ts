import {
  type HunspellFiles,
  HunspellImportError,
  hunspellFileOrder,
  type HunspellImportOptions,
  type HunspellLexicon,
  type HunspellWarning,
  type IgnoredFlag,
  parseHunspell,
  parseHunspellStreamed,
  readHunspellFiles,
  shownFlag,
  type StreamedHunspellLexicon,
} from '@paradigm/lexicons';
import type { CommandContext } from './command';

/** The stderr line for a place read as libhunspell reads it (a class count that ends the .aff). */
export function warningLine({ file, line, problem }: HunspellWarning): string {
  return `lexicon: warning: ${file}:${line}: ${problem}\n`;
}

/** The stderr line for a flag nothing defines, ignored as libhunspell ignores it (a control character shown as \\xNN, see `shownFlag`). */
export function ignoredFlagLine({ flag, file, line }: IgnoredFlag): string {
  return `lexicon: ignored unknown flag "${shownFlag(flag)}" (first at ${file}:${line}), as libhunspell ignores it; --strict makes it an error\n`;
}

/** The stderr text for an import error: the error, and what was (not) done. */
export function stoppedText(error: HunspellImportError, printed = false): string {
  return `${error.message}\nlexicon: stopped; ${printed ? 'the words printed before it are incomplete' : 'nothing was imported or printed'}.\n`;
}

/** Reads and imports an .aff/.dic pair, or prints why it cannot (and returns `null`). */
export function readHunspell(files: readonly string[], flags: readonly string[], context: CommandContext): HunspellLexicon | null {
  return reporting(parseHunspell, files, flags, context);
}

/** {@link readHunspell} for an import: the lexemes are read from the .dic as they are stored, never all held. */
export function readHunspellStreamed(files: readonly string[], flags: readonly string[], context: CommandContext): StreamedHunspellLexicon | null {
  return reporting(parseHunspellStreamed, files, flags, context);
}

function reporting<T extends Pick<HunspellLexicon, 'warnings' | 'ignoredFlags'>>(
  parse: (files: HunspellFiles, options: HunspellImportOptions) => T,
  files: readonly string[],
  flags: readonly string[],
  context: CommandContext,
): T | null {
  const { aff, dic } = hunspellFileOrder(...(files as [string, string]));
  try {
    const lexicon = parse(readHunspellFiles(aff, dic), { strict: flags.includes('--strict') });
    for (const warning of lexicon.warnings) context.stderr(warningLine(warning));
    for (const flag of lexicon.ignoredFlags) context.stderr(ignoredFlagLine(flag));
    return lexicon;
  } catch (error) {
    if (!(error instanceof HunspellImportError)) throw error;
    context.stderr(stoppedText(error));
    return null;
  }
}
