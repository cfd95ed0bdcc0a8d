import { Option } from 'commander';
import { DEFAULTS, REBUILD_THRESHOLD } from '@paradigm/recompute';
import { addDatabaseOptions } from '../cli/database-options';
import { addEngineOptions, type EngineFlags } from '../cli/engine-options';
import { positiveInteger } from '../cli/number-options';
import type { Register } from '../cli/register';
import { computeForms } from './compute-forms';

/** `paradigm run [--follow] [--retry-failed]`. */
export const registerRun: Register = (program, context, act) =>
  addEngineOptions(
    addDatabaseOptions(
      program
        .command('run')
        .summary('Compute the forms of what changed (the recompute queue)')
        .description(
          'Compute the forms of the lexemes whose patterns or fields changed since their forms were written (the database records every ' +
            'change, by any client, in the recompute queue), then stop; with --follow, keep waiting for changes until Ctrl-C. Several ' +
            'processes may run at once on PostgreSQL. Lexemes that fail keep their old forms and are listed; then the exit code is 1.',
        )
        .option('--follow', 'keep running and compute new changes as they arrive (Ctrl-C stops after the batch in flight)')
        .option('--retry-failed', 'queue the lexemes whose last recompute failed again first')
        .addOption(
          new Option(
            '--rebuild-from <lexemes>',
            `rebuild every lexeme's forms as recompute --all does (a new table and a swap), then compute what was edited meanwhile, when the queue ` +
              `holds at least this many lexemes and ${REBUILD_THRESHOLD.share * 100}% of the lexicon, such as after a pattern change most lexemes reach`,
          )
            .argParser(positiveInteger)
            .default(REBUILD_THRESHOLD.minimumLexemes),
        )
        .addOption(new Option('--no-rebuild', "replace the queued lexemes' forms batch by batch however many there are").conflicts('rebuildFrom')),
    ),
  ).action(
    act(async (flags: EngineFlags & { follow?: boolean; retryFailed?: boolean; rebuild?: boolean; rebuildFrom: number }) => {
      const config = {
        command: 'run',
        follow: flags.follow === true,
        pollMs: DEFAULTS.pollMs,
        retryFailed: flags.retryFailed === true,
        rebuildAt: flags.rebuild === false ? null : { ...REBUILD_THRESHOLD, minimumLexemes: flags.rebuildFrom },
        method: DEFAULTS.method,
        batchSize: flags.batchSize,
        batchForms: DEFAULTS.batchForms,
        concurrency: flags.concurrency,
      } as const;
      return computeForms(config, flags, context);
    }),
  );
