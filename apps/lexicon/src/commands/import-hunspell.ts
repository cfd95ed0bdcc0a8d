import { EXIT, type Command } from './command';
import { readHunspellStreamed } from './read-hunspell';
import { storeLexicon } from './store-lexicon';

/** `lexicon import hunspell FILE.aff FILE.dic [--strict]`. */
export const importHunspell: Command = async (files, context, flags) => {
  const lexicon = readHunspellStreamed(files, flags, context);
  return lexicon ? storeLexicon(lexicon, context) : EXIT.badInput;
};
