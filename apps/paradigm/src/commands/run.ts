import { DEFAULTS } from '@paradigm/recompute';
import { addDatabaseOptions } from '../cli/database-options';
import { addEngineOptions, type EngineFlags } from '../cli/engine-options';
import { addRebuildOptions, type RebuildFlags, rebuildThreshold } from '../cli/rebuild-options';
import type { Register } from '../cli/register';
import { computeForms } from './compute-forms';

/** `paradigm run [--follow] [--retry-failed]`. */
export const registerRun: Register = (program, context, act) =>
  addEngineOptions(
    addDatabaseOptions(
      addRebuildOptions(
        program
          .command('run')
          .summary('Compute the forms of what changed (the recompute queue)')
          .description(
            'Compute the forms of the lexemes whose patterns or fields changed since their forms were written (the database records every ' +
              'change, by any client, in the recompute queue), then stop; with --follow, keep waiting for changes until Ctrl-C. Several ' +
              'processes may run at once on PostgreSQL. Lexemes that fail keep their old forms and are listed; then the exit code is 1.',
          )
          .option('--follow', 'keep running and compute new changes as they arrive (Ctrl-C stops after the batch in flight)')
          .option('--retry-failed', 'queue the lexemes whose last recompute failed again first'),
      ),
    ),
  ).action(
    act(async (flags: EngineFlags & RebuildFlags & { follow?: boolean; retryFailed?: boolean }) => {
      const config = {
        command: 'run',
        follow: flags.follow === true,
        pollMs: DEFAULTS.pollMs,
        retryFailed: flags.retryFailed === true,
        rebuildAt: rebuildThreshold(flags),
        method: DEFAULTS.method,
        batchSize: flags.batchSize,
        batchForms: DEFAULTS.batchForms,
        concurrency: flags.concurrency,
      } as const;
      return computeForms(config, flags, context);
    }),
  );
