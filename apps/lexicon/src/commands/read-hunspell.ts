import { HunspellImportError, parseHunspell, readHunspellFiles, type HunspellLexicon } from '@paradigm/lexicons';
import type { CommandContext } from './command';

/** Reads and imports an .aff/.dic pair, or prints why it cannot (and returns `null`). */
export function readHunspell(files: readonly string[], flags: readonly string[], context: CommandContext): HunspellLexicon | null {
  const [aff, dic] = files as [string, string];
  try {
    const lexicon = parseHunspell(readHunspellFiles(aff, dic), { strict: flags.includes('--strict') });
    for (const { file, line, problem } of lexicon.warnings) context.stderr(`lexicon: warning: ${file}:${line}: ${problem}\n`);
    for (const { flag, file, line } of lexicon.ignoredFlags) {
      context.stderr(`lexicon: ignored unknown flag "${flag}" (first at ${file}:${line}), as libhunspell ignores it; --strict makes it an error\n`);
    }
    return lexicon;
  } catch (error) {
    if (!(error instanceof HunspellImportError)) throw error;
    context.stderr(`${error.message}\nlexicon: stopped; nothing was imported or printed.\n`);
    return null;
  }
}
