import { expandHunspellText, HunspellImportError, readHunspellFiles, streamHunspellBytes } from '@paradigm/lexicons';
import { EXIT, type Command } from './command';
import { ignoredFlagLine, readHunspell, stoppedText, warningLine } from './read-hunspell';

/**
 * `lexicon expand hunspell FILE.aff FILE.dic [--strict]`: every word, one per line (hunspell-reader `words`
 * format). Read as libhunspell reads it, the dictionary is streamed (entries are generated as they are read);
 * `--strict` reads and checks both files completely first, so an error prints no word.
 */
export const expandHunspell: Command = async (files, context, flags) => {
  if (flags.includes('--strict')) {
    const lexicon = readHunspell(files, flags, context);
    if (!lexicon) return EXIT.badInput;
    for (const chunk of expandHunspellText(lexicon)) await context.stdout(chunk);
    return EXIT.ok;
  }
  const [aff, dic] = files as [string, string];
  let printed = false;
  try {
    const chunks = streamHunspellBytes(readHunspellFiles(aff, dic), {
      onWarning: (warning) => context.stderr(warningLine(warning)),
      onIgnoredFlag: (flag) => context.stderr(ignoredFlagLine(flag)),
    });
    for (const chunk of chunks) {
      printed = true;
      await context.stdout(chunk);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof HunspellImportError)) throw error;
    context.stderr(stoppedText(error, printed));
    return EXIT.badInput;
  }
};
