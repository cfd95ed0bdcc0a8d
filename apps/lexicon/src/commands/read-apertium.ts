import { readFileSync } from 'node:fs';
import { ApertiumDixError, fileProblem, parseApertium, type ImportedLexicon } from '@paradigm/lexicons';
import type { CommandContext } from './command';

/** Reads and imports a .dix file, or prints why it cannot (and returns `null`). */
export function readApertium(file: string, context: CommandContext): ImportedLexicon | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    context.stderr(`lexicon: ${file}: ${fileProblem(error, '.dix')}; give the path of an Apertium monolingual dictionary (.dix)\n`);
    return null;
  }
  try {
    return parseApertium(text, file);
  } catch (error) {
    if (!(error instanceof ApertiumDixError)) throw error;
    context.stderr(`${error.message}\nlexicon: ${file} has ${error.problems.length} problem(s); nothing was imported.\n`);
    return null;
  }
}
