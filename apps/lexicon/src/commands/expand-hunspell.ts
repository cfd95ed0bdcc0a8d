import { EntryFormLimitError, hunspellFileOrder, parseFormLimit, writeHunspellExpansion } from '@paradigm/lexicons';
import { flagValue, MAX_FORMS_FLAG } from '../cli/parse-command-line';
import { EXIT, type Command } from './command';
import { ignoredFlagLine, readHunspell, stoppedText, warningLine } from './read-hunspell';

/**
 * `lexicon expand hunspell FILE.aff FILE.dic [--strict]`: every word, one per line (hunspell-reader `words`
 * format). Read as libhunspell reads it, the dictionary is streamed (entries are generated as they are read);
 * `--strict` reads and checks both files completely first, so a problem of the files prints no word.
 * `--max-forms-per-entry=N|none` bounds the forms of one entry (default 100,000).
 */
export const expandHunspell: Command = async (files, context, flags) => {
  const strict = flags.includes('--strict');
  // Strict: checked whole first (nothing printed on a problem), then streamed like the default, which reads
  // a checked pair the same way and names the .dic line of an entry past the limit.
  if (strict && !readHunspell(files, flags, context)) return EXIT.badInput;
  const { aff, dic } = hunspellFileOrder(...(files as [string, string]));
  const limit = flagValue(flags, MAX_FORMS_FLAG);
  const stopped = await writeHunspellExpansion(aff, dic, context.stdout, {
    onWarning: strict ? undefined : (warning) => context.stderr(warningLine(warning)),
    onIgnoredFlag: strict ? undefined : (flag) => context.stderr(ignoredFlagLine(flag)),
    maxFormsPerEntry: limit === undefined ? undefined : parseFormLimit(limit),
  });
  if (stopped === null) return EXIT.ok;
  context.stderr(stoppedText(stopped.error, stopped.afterOutput));
  if (stopped.error instanceof EntryFormLimitError) context.stderr(`lexicon: raise the limit with ${MAX_FORMS_FLAG}N (now ${stopped.error.limit}), or ${MAX_FORMS_FLAG}none, where the machine has the memory for one entry's words\n`);
  return EXIT.badInput;
};
