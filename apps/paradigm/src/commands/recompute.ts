import { Option } from 'commander';
import { CommandFailure } from '../cli/command-failure';
import { EXIT } from '../cli/context';
import { addDatabaseOptions } from '../cli/database-options';
import { addEngineOptions, type EngineFlags, lexemeIds } from '../cli/engine-options';
import type { Register } from '../cli/register';
import { computeForms, recomputeConfig } from './compute-forms';

/** `paradigm recompute (--all | --lexemes IDS)`. */
export const registerRecompute: Register = (program, context, act) =>
  addEngineOptions(
    addDatabaseOptions(
      program
        .command('recompute')
        .usage('(--all | --lexemes IDS) [options]')
        .summary('Compute the forms of every lexeme, or of some, now')
        .description(
          'Compute the forms of every lexeme (--all: after an import, or to repair the forms table) or of the lexemes given (--lexemes), ' +
            'whatever the queue holds. --all writes a new forms table and swaps it in at the end: readers see the old forms until then, ' +
            'and an interrupted recompute changes nothing. Lexemes that fail keep their old forms and are listed; then the exit code is 1.',
        )
        .addOption(new Option('--all', 'every lexeme').conflicts('lexemes'))
        .addOption(new Option('--lexemes <ids>', 'exactly these lexeme ids, comma-separated (e.g. 1,2,3)').argParser(lexemeIds)),
    ),
  ).action(
    act(async (flags: EngineFlags & { all?: boolean; lexemes?: number[] }) => {
      if (!flags.all && !flags.lexemes) throw new CommandFailure(EXIT.usage, 'recompute needs --all (every lexeme) or --lexemes ID,ID,... (exactly these); see --help');
      const selection = flags.all ? ({ kind: 'all' } as const) : ({ kind: 'ids', ids: flags.lexemes! } as const);
      return computeForms(recomputeConfig(selection, flags), flags, context);
    }),
  );
