import { databaseUrlFromEnvironment } from '@paradigm/persistence';
import {
  chooseProgress,
  CONNECTION_DEFAULTS,
  DEFAULTS,
  exitCodeOf,
  formatSummary,
  hooksFromEnvironment,
  runCommand,
  type LexemeSelection,
  type RecomputeConfig,
  type SummaryCommands,
  type WorkerConfig,
  workerOpenOptions,
} from '@paradigm/recompute';
import type { CliContext } from '../cli/context';
import { openOptions } from '../cli/database-options';
import type { EngineFlags } from '../cli/engine-options';
import { RUN } from './recompute-hints';

/** What the end-of-run summary tells the reader to run next. */
const SUMMARY: SummaryCommands = {
  run: RUN,
  fill: 'Load a lexicon first: paradigm load FILE.patterns... LEXEMES.tsv, or paradigm import.',
};

/** `paradigm recompute` of `selection` with the engine flags given (`import` runs it with every lexeme). */
export function recomputeConfig(selection: LexemeSelection, flags: EngineFlags): RecomputeConfig {
  return { command: 'recompute', selection, method: DEFAULTS.method, batchSize: flags.batchSize, batchForms: DEFAULTS.batchForms, concurrency: flags.concurrency };
}

/**
 * Runs `config` with `@paradigm/recompute` on the database the flags select, as `recompute` and `run`
 * do: progress while it works, the summary on standard error, Ctrl-C stopping after the batch in
 * flight. Resolves to the exit code: 0 done, 1 lexemes or patterns failed or ids no lexeme has, 3 database,
 * 130 interrupted.
 */
export async function computeForms(config: WorkerConfig, flags: EngineFlags, context: CliContext): Promise<number> {
  const log = (line: string) => context.stderr(`paradigm: ${line}\n`);
  const outcome = await runCommand({
    config,
    connection: CONNECTION_DEFAULTS,
    open: () => context.openDatabase({ ...openOptions(flags, context), ...workerOpenOptions(databaseUrlFromEnvironment(), config.concurrency, CONNECTION_DEFAULTS) }),
    progress: chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) }),
    shutdownTimeoutMs: DEFAULTS.shutdownTimeoutMs,
    log,
    resume: config.command === 'run' ? `run \`${RUN}\` again: it carries on from the queue` : 'run the recompute again',
    // Test-only pauses (PARADIGM_WORKER_PAUSE_AT), as the worker command has: crash tests kill the process there.
    hooks: hooksFromEnvironment(context.env),
  });
  if (outcome.kind === 'not-opened') log(`cannot open the database: ${outcome.message}`);
  else if (outcome.kind !== 'ran') log(outcome.message);
  else context.stderr(`paradigm: ${formatSummary(outcome.report, SUMMARY)}`);
  return exitCodeOf(outcome);
}
