import { plural } from '@paradigm/core';
import { ApertiumDixError, ApertiumFileError, parseApertium, readApertiumFile, type ImportedLexicon, type ParseApertiumOptions } from '@paradigm/lexicons';
import type { CommandContext } from './command';

/** Reads and imports a .dix file, or prints why it cannot (and returns `null`). */
export function readApertium(file: string, context: CommandContext): ImportedLexicon | null {
  const text = readApertiumText(file, context);
  return text === null ? null : parseApertiumText(text, file, context, 'imported');
}

/** The text of a .dix file, or `null` after printing why it cannot be read. */
export function readApertiumText(file: string, context: CommandContext): string | null {
  try {
    return readApertiumFile(file);
  } catch (error) {
    if (!(error instanceof ApertiumFileError)) throw error;
    context.stderr(`lexicon: ${error.message}\n`);
    return null;
  }
}

/**
 * The .dix text of `file` imported, or `null` after printing why it cannot be and that nothing was `done`
 * (imported, or printed), then `options.formLimitHint` (a line) where a pardef or entry is past the form limit.
 */
export function parseApertiumText(
  text: string,
  file: string,
  context: CommandContext,
  done: 'imported' | 'printed',
  options: ParseApertiumOptions & { readonly formLimitHint?: string } = {},
): ImportedLexicon | null {
  try {
    return parseApertium(text, file, options);
  } catch (error) {
    if (error instanceof ApertiumFileError) context.stderr(`lexicon: ${error.message}\n`);
    else if (error instanceof ApertiumDixError) {
      context.stderr(`${error.message}\nlexicon: ${file} has ${plural(error.problems.length, 'problem')}; nothing was ${done}.\n`);
      if (options.formLimitHint !== undefined && error.pastFormLimit) context.stderr(options.formLimitHint);
    } else throw error;
    return null;
  }
}
