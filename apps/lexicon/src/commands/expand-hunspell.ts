import { expandHunspellText } from '@paradigm/lexicons';
import { EXIT, type Command } from './command';
import { readHunspell } from './read-hunspell';

/** `lexicon expand hunspell FILE.aff FILE.dic`: every word, one per line (hunspell-reader `words` format). */
export const expandHunspell: Command = async (files, context, flags) => {
  const lexicon = readHunspell(files, flags, context);
  if (!lexicon) return EXIT.badInput;
  for (const chunk of expandHunspellText(lexicon)) await context.stdout(chunk);
  return EXIT.ok;
};
