import { expandApertiumText, expandHunspellText, writeHunspellExpansion } from '@paradigm/lexicons';
import { CommandFailure } from '../cli/command-failure';
import { type CliContext, EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { hunspellWarningLine, ignoredFlagLine, readApertium, readHunspell } from './read-dictionary';

const NOTHING_PRINTED = 'nothing was printed';

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
    .argument('<aff>', 'the .aff file')
    .argument('<dic>', 'the .dic file')
    .option('--strict', 'fail on what libhunspell reads past (flags nothing defines, a class whose count disagrees with its rules) instead of warning; nothing is printed then')
    .action(act(async (aff: string, dic: string, flags: { strict?: boolean }) => (flags.strict ? expandHunspellStrict(aff, dic, context) : expandHunspellStreamed(aff, dic, context))));
  command
    .command('apertium')
    .description("Print lt-expand's output for an Apertium monolingual dictionary: surface:analysis lines, with :<: and :>: for one-way entries.")
    .argument('<dix>', 'the .dix file')
    .action(
      act(async (dix: string) => {
        const lexicon = readApertium(dix, NOTHING_PRINTED);
        for (const chunk of expandApertiumText(lexicon)) await context.stdout(chunk);
        return EXIT.ok;
      }),
    );
  return command;
};

async function expandHunspellStrict(aff: string, dic: string, context: CliContext): Promise<number> {
  const lexicon = readHunspell(aff, dic, true, context, NOTHING_PRINTED);
  for (const chunk of expandHunspellText(lexicon)) await context.stdout(chunk);
  return EXIT.ok;
}

async function expandHunspellStreamed(aff: string, dic: string, context: CliContext): Promise<number> {
  const stopped = await writeHunspellExpansion(aff, dic, context.stdout, {
    onWarning: (warning) => context.stderr(hunspellWarningLine(warning)),
    onIgnoredFlag: (flag) => context.stderr(ignoredFlagLine(flag)),
  });
  if (stopped === null) return EXIT.ok;
  throw new CommandFailure(EXIT.problems, `${stopped.error.message}\n${stopped.afterOutput ? 'stopped: the words printed before it are incomplete' : NOTHING_PRINTED}`);
}
