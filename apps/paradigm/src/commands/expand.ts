import { DEFAULT_MAX_FORMS_PER_LEXEME } from '@paradigm/core';
import { InvalidArgumentError, Option } from 'commander';
import { ApertiumFileError, EntryFormLimitError, EntryLinesTooLongError, expandApertiumText, hunspellFileOrder, type HunspellFilePaths, parseFormLimit, writeHunspellExpansion } from '@paradigm/lexicons';
import { CommandFailure } from '../cli/command-failure';
import { type CliContext, EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { hunspellWarningLine, ignoredFlagLine, readApertium, readHunspell } from './read-dictionary';

const NOTHING_PRINTED = 'nothing was printed';

/** `--max-forms-per-entry`: a positive whole number, or `none` (no limit). */
function formLimit(raw: string): number {
  const limit = parseFormLimit(raw);
  if (limit === undefined) throw new InvalidArgumentError('expects a positive whole number of forms, or none for no limit.');
  return limit;
}

interface ExpandFlags {
  readonly maxFormsPerEntry?: number;
}

interface ExpandHunspellFlags extends ExpandFlags {
  readonly strict?: boolean;
}

/** `--max-forms-per-entry`, as both formats take it. */
function formLimitOption(entry: string, example = ''): Option {
  return new Option(
    '--max-forms-per-entry <n>',
    `the forms one ${entry} may derive, or none for no limit; an entry's forms are held until it is done (to print each once), so this bounds memory${example}; it bounds the characters of an entry's forms too, 100 per form of it (at least 1000000)`,
  )
    .argParser(formLimit)
    .default(DEFAULT_MAX_FORMS_PER_LEXEME);
}

/** The advice after an entry past the limit stopped the expansion. */
function raiseLimit(limit: number): string {
  return `raise the limit with --max-forms-per-entry N (now ${limit}), or none, where the machine has the memory for one entry's forms`;
}

/**
 * `paradigm expand hunspell FILE.aff FILE.dic [--strict]` and `paradigm expand apertium FILE.dix`: every
 * form a dictionary generates, on stdout, without a database: a Hunspell dictionary's words one per line
 * as libhunspell accepts them (hunspell-reader's `words`), an Apertium dictionary's lines as lt-expand prints them.
 */
export const registerExpand: Register = (program, context, act) => {
  const command = program
    .command('expand')
    .summary('Print every form a Hunspell or Apertium dictionary generates, without a database')
    .description('Print every form a Hunspell or Apertium dictionary generates, on standard output, without a database (to compare with the reference tools, or to feed another one).');
  command
    .command('hunspell')
    .description(
      'Print every word of a Hunspell dictionary, one per line, as libhunspell reads the files (the words hunspell-reader prints; forbidden words are not printed). ' +
        'The .dic is streamed: words come out as its entries are read, so a problem found late stops the output part way (the message says so); --strict checks both files completely first.',
    )
    .argument('<aff>', 'the .aff file (the two files may come in either order when their names end in .aff and .dic)')
    .argument('<dic>', 'the .dic file')
    .option('--strict', 'fail on what libhunspell reads past (flags nothing defines, a class whose count disagrees with its rules, an odd FLAG long field) instead of warning; nothing is printed then')
    .addOption(formLimitOption('.dic entry', " (many of hu_HU's entries derive more than the default)"))
    .action(act(async (first: string, second: string, flags: ExpandHunspellFlags) => expandHunspell(hunspellFileOrder(first, second), flags, context)));
  command
    .command('apertium')
    .description("Print lt-expand's output for an Apertium monolingual dictionary: surface:analysis lines, with :<: and :>: for one-way entries.")
    .argument('<dix>', 'the .dix file')
    .addOption(formLimitOption('<e> entry'))
    .action(act(async (dix: string, flags: ExpandFlags) => expandApertium(dix, flags, context)));
  return command;
};

/**
 * Streams the words as the .dic is read. `--strict` checks both files whole first (nothing is printed on a
 * problem), then streams them the same way: a checked pair reads alike either way.
 */
async function expandHunspell({ aff, dic }: HunspellFilePaths, flags: ExpandHunspellFlags, context: CliContext): Promise<number> {
  if (flags.strict) readHunspell(aff, dic, true, context, NOTHING_PRINTED);
  const stopped = await writeHunspellExpansion(aff, dic, context.stdout, {
    onWarning: flags.strict ? undefined : (warning) => context.stderr(hunspellWarningLine(warning)),
    onIgnoredFlag: flags.strict ? undefined : (flag) => context.stderr(ignoredFlagLine(flag)),
    maxFormsPerEntry: flags.maxFormsPerEntry,
  });
  if (stopped === null) return EXIT.ok;
  const { error, afterOutput } = stopped;
  const raise = error instanceof EntryFormLimitError ? `\n${raiseLimit(error.limit)}` : '';
  throw new CommandFailure(EXIT.problems, `${error.message}\n${afterOutput ? 'stopped: the words printed before it are incomplete' : NOTHING_PRINTED}${raise}`);
}

/** Prints lt-expand's lines as they are generated; an entry past the form limit stops them, named. */
async function expandApertium(dix: string, flags: ExpandFlags, context: CliContext): Promise<number> {
  const limit = { maxFormsPerEntry: flags.maxFormsPerEntry };
  const raise = raiseLimit(flags.maxFormsPerEntry ?? DEFAULT_MAX_FORMS_PER_LEXEME);
  const lexicon = readApertium(dix, NOTHING_PRINTED, { ...limit, formLimitHint: raise });
  let printed = false;
  try {
    for (const chunk of expandApertiumText(lexicon, limit)) {
      await context.stdout(chunk);
      printed = true;
    }
  } catch (error) {
    if (!(error instanceof ApertiumFileError)) throw error;
    // Raising the form limit helps an entry past it, not one whose lines are too long to hold.
    const hint = error instanceof EntryLinesTooLongError ? '' : `\n${raise}`;
    throw new CommandFailure(EXIT.problems, `${error.message}\n${printed ? 'stopped: the lines printed before it are incomplete' : NOTHING_PRINTED}${hint}`);
  }
  return EXIT.ok;
}
