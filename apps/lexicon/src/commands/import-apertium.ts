import { heldAsStreamed } from '@paradigm/lexicons';
import { EXIT, type Command } from './command';
import { readApertium } from './read-apertium';
import { storeLexicon } from './store-lexicon';

/** `lexicon import apertium FILE.dix`. */
export const importApertium: Command = async ([file], context) => {
  const lexicon = readApertium(file, context);
  return lexicon ? storeLexicon(heldAsStreamed(lexicon), context) : EXIT.badInput;
};
