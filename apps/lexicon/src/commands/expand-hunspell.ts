import { expandHunspellText, writeHunspellExpansion } from '@paradigm/lexicons';
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
  const stopped = await writeHunspellExpansion(aff, dic, context.stdout, {
    onWarning: (warning) => context.stderr(warningLine(warning)),
    onIgnoredFlag: (flag) => context.stderr(ignoredFlagLine(flag)),
  });
  if (stopped === null) return EXIT.ok;
  context.stderr(stoppedText(stopped.error, stopped.afterOutput));
  return EXIT.badInput;
};
