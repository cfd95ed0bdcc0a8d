import { ApertiumDixError, ApertiumFileError, parseApertium, readApertiumFile, type ImportedLexicon } from '@paradigm/lexicons';
import type { CommandContext } from './command';

/** Reads and imports a .dix file, or prints why it cannot (and returns `null`). */
export function readApertium(file: string, context: CommandContext): ImportedLexicon | null {
  try {
    return parseApertium(readApertiumFile(file), file);
  } catch (error) {
    if (error instanceof ApertiumFileError) context.stderr(`lexicon: ${error.message}\n`);
    else if (error instanceof ApertiumDixError) context.stderr(`${error.message}\nlexicon: ${file} has ${error.problems.length} problem(s); nothing was imported.\n`);
    else throw error;
    return null;
  }
}
