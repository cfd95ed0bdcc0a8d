import { type Command, InvalidArgumentError, Option } from 'commander';
import { LARGEST_LEXEME_ID } from '@paradigm/core';
import { DEFAULTS, MAX_CONCURRENCY, PROGRESS_MODES, type ProgressMode } from '@paradigm/recompute';
import { positiveInteger, wholeNumber } from './number-options';

/** The flags `recompute` and `run` share, as commander hands them to the action. */
export interface EngineFlags {
  readonly concurrency: number;
  readonly batchSize: number;
  readonly progress: ProgressMode;
  readonly dataDir?: string;
}

/** Adds the flags of the commands that compute forms: how many batches at once, how big, how progress shows. */
export function addEngineOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--concurrency <n>', `batches written at once, each on its own connection, at most ${MAX_CONCURRENCY} (the embedded database always uses 1)`)
        .argParser(wholeNumber(1, MAX_CONCURRENCY, { max: 'each batch holds a database connection of its own' }))
        .default(DEFAULTS.concurrency),
    )
    .addOption(new Option('--batch-size <n>', 'lexemes per transaction').argParser(positiveInteger).default(DEFAULTS.batchSize))
    .addOption(progressOption());
}

/** Adds `--progress` alone, for a command whose long work is one transaction of its own (`import`, `load`). */
export function addProgressOption(command: Command): Command {
  return command.addOption(progressOption());
}

function progressOption(): Option {
  return new Option('--progress <mode>', 'progress on standard error: a bar on a terminal, JSON lines otherwise (auto), or none').choices(PROGRESS_MODES).default(DEFAULTS.progress);
}

/** Commander's parser for `--lexemes 1,2,3`: the ids (each from 1 to the largest `integer`, the type of `lexemes.id`), sorted, each once. */
export function lexemeIds(raw: string): number[] {
  const parts = raw.split(',').map((part) => part.trim());
  const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) < 1 || Number(part) > LARGEST_LEXEME_ID);
  if (bad !== undefined) throw new InvalidArgumentError(`expects comma-separated lexeme ids from 1 to ${LARGEST_LEXEME_ID} like 1,2,3; got ${JSON.stringify(bad)}.`);
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}
