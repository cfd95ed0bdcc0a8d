#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { databaseUrlFromEnvironment, openDatabase } from '@paradigm/persistence';
import {
  chooseProgress,
  exitCodeOf,
  formatSummary,
  hooksFromEnvironment,
  limitHeapGrowth,
  RUN_EXIT,
  runCommand,
  type SummaryCommands,
  workerOpenOptions,
} from '@paradigm/recompute';
import { HELP_TEXT } from './cli/help-text';
import { parseCommandLine } from './cli/parse-command-line';
import { UsageError } from './cli/usage-error';

/** Exit codes, as `--help` lists them. */
export const EXIT = { ...RUN_EXIT, usage: 2 } as const;

/** What the summary tells the reader to run next. */
export const SUMMARY_COMMANDS: SummaryCommands = {
  run: 'worker run',
  fill: 'Seed it first: pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts',
};

/** The CLI: parses `argv`, runs, prints the summary; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`worker: ${error.message}\n`);
    return EXIT.usage;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(HELP_TEXT);
    return EXIT.ok;
  }
  const { config, connection } = parsed;
  const log = (line: string) => process.stderr.write(`worker: ${line}\n`);
  const outcome = await runCommand({
    config,
    connection,
    open: () => openDatabase(workerOpenOptions(databaseUrlFromEnvironment(), config.concurrency, connection)),
    progress: chooseProgress(config.progress),
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    log,
    resume: config.command === 'run' ? 'run `worker run` again: it carries on from the queue' : 'run the recompute again',
    hooks: hooksFromEnvironment(),
  });
  if (outcome.kind !== 'ran') {
    log(outcome.message);
    return exitCodeOf(outcome);
  }
  process.stdout.write(formatSummary(outcome.report, SUMMARY_COMMANDS));
  if (config.reportFile) writeFileSync(config.reportFile, JSON.stringify(outcome.report, null, 2) + '\n');
  return exitCodeOf(outcome);
}

if (require.main === module) {
  limitHeapGrowth();
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`worker: unexpected error (a bug; please report it): ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(70);
    },
  );
}
