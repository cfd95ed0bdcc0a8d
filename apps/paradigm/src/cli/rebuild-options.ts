import { type Command, Option } from 'commander';
import { REBUILD_THRESHOLD, type RebuildThreshold } from '@paradigm/recompute';
import { positiveInteger } from './number-options';

/** The flags {@link addRebuildOptions} adds, as commander hands them to the action. */
export interface RebuildFlags {
  /** `false` with `--no-rebuild`. */
  readonly rebuild?: boolean;
  readonly rebuildFrom: number;
}

/**
 * Adds `--rebuild-from N` and `--no-rebuild`, the flags of the commands that drain the recompute queue
 * (`run`, and `serve`'s in-process recompute): from what queue they rebuild every form instead.
 * `where` ends the description of `--rebuild-from`, to say where the option applies.
 */
export function addRebuildOptions(command: Command, where = ''): Command {
  return command
    .addOption(
      new Option(
        '--rebuild-from <lexemes>',
        `rebuild every lexeme's forms as recompute --all does (a new table and a swap), then compute what was edited meanwhile, when the queue ` +
          `holds at least this many lexemes and ${REBUILD_THRESHOLD.share * 100}% of the lexicon, such as after a pattern change most lexemes reach${where}`,
      )
        .argParser(positiveInteger)
        .default(REBUILD_THRESHOLD.minimumLexemes),
    )
    .addOption(new Option('--no-rebuild', "replace the queued lexemes' forms batch by batch however many there are").conflicts('rebuildFrom'));
}

/** The threshold the flags ask for; `null` for `--no-rebuild`. */
export function rebuildThreshold(flags: RebuildFlags): RebuildThreshold | null {
  return flags.rebuild === false ? null : { ...REBUILD_THRESHOLD, minimumLexemes: flags.rebuildFrom };
}
