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
        .usage('(--all [--shared] | --lexemes IDS) [options]')
        .summary('Compute the forms of every lexeme, or of some, now')
        .description(
          'Compute the forms of every lexeme (--all: after an import, or to repair the forms table) or of the lexemes given (--lexemes), ' +
            'whatever the queue holds. --all writes a new forms table and swaps it in at the end: readers see the old forms until then, ' +
            'and an interrupted recompute changes nothing. Lexemes that fail keep their old forms and are listed; then the exit code is 1. ' +
            '--all --shared (PostgreSQL): several processes share one rebuild by ranges of lexeme ids; a killed one leaves it for the next --shared run to resume ' +
            '(a plain --all discards it and starts over).',
        )
        .addOption(new Option('--all', 'every lexeme').conflicts('lexemes'))
        .addOption(new Option('--shared', 'with --all, on PostgreSQL: start or join a rebuild several processes share').conflicts('lexemes'))
        .addOption(new Option('--lexemes <ids>', 'exactly these lexeme ids, comma-separated (e.g. 1,2,3)').argParser(lexemeIds)),
    ),
  ).action(
    act(async (flags: EngineFlags & { all?: boolean; shared?: boolean; lexemes?: number[] }) => {
      if (!flags.all && !flags.lexemes) throw new CommandFailure(EXIT.usage, 'recompute needs --all (every lexeme) or --lexemes ID,ID,... (exactly these); see --help');
      if (flags.shared && !flags.all) throw new CommandFailure(EXIT.usage, '--shared goes with --all (every lexeme, in a rebuild several processes share); see --help');
      if (flags.all) return computeForms(recomputeConfig({ kind: 'all', ...(flags.shared ? { shared: true } : {}) }, flags), flags, context);
      // An id that no lexeme has refuses the whole command (exit 1, nothing computed): runCommand checks the ids.
      return computeForms(recomputeConfig({ kind: 'ids', ids: flags.lexemes! }, flags), flags, context);
    }),
  );
