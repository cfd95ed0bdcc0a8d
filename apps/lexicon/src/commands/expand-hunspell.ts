import { expandHunspell as expandWords } from '@paradigm/lexicons';
import { EXIT, type Command } from './command';
import { readHunspell } from './read-hunspell';
import { writeLines } from './write-lines';

/** `lexicon expand hunspell FILE.aff FILE.dic`: every word, one per line (hunspell-reader `words` format). */
export const expandHunspell: Command = async (files, context, flags) => {
  const lexicon = readHunspell(files, flags, context);
  if (!lexicon) return EXIT.badInput;
  await writeLines(expandWords(lexicon), context.stdout);
  return EXIT.ok;
};
