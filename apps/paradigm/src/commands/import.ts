import { type Command } from 'commander';
import { heldAsStreamed, hunspellFileOrder, type StreamedLexicon, unstorablePatternName } from '@paradigm/lexicons';
import { DEFAULT_MAX_FORMS_PER_LEXEME, plural } from '@paradigm/core';
import { countLexemes, type Database, FormsGenerationError, isAbortOf, type LexiconCounts, readFormLimit, replaceLexicon } from '@paradigm/persistence';
import {
  chooseProgress,
  DEFAULTS,
  describeRolledBackImport,
  emptyingImportText,
  formatSummary,
  hasFailures,
  hooksFromEnvironment,
  importLexicon,
  installShutdown,
  isDatabaseUnavailable,
  type LexiconImport,
  lockWaitText,
  type RunReport,
  type SummaryCommands,
} from '@paradigm/recompute';
import { CommandFailure } from '../cli/command-failure';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { type CliContext, EXIT } from '../cli/context';
import { addProgressOption, type EngineFlags } from '../cli/engine-options';
import type { Register } from '../cli/register';
import { interruptedText } from '../cli/interrupted-text';
import { PastFormLimitFailure, readApertium, readHunspellStreamed } from './read-dictionary';
import { onSameDatabase, RECOMPUTE_ALL, RUN, shellWord } from './recompute-hints';

interface ImportFlags extends Pick<EngineFlags, 'progress' | 'dataDir'> {
  readonly replace?: boolean;
  /** False with `--no-recompute`: load the lexicon only. */
  readonly recompute: boolean;
}

/** `paradigm import hunspell FILE.aff FILE.dic` and `paradigm import apertium FILE.dix`. */
export const registerImport: Register = (program, context, act) => {
  const command = addDatabaseOptions(
    program
      .command('import')
      .summary('Replace the lexicon with a Hunspell or Apertium dictionary and compute every form')
      .description(
        'Replace the lexicon with a Hunspell or Apertium dictionary (needs --replace when the lexicon is not empty) and every form with ' +
          'the forms `paradigm recompute --all` would compute from it, in one transaction (--no-recompute: the lexicon only).',
      ),
  );
  importCommand(command, 'hunspell', 'Import a Hunspell dictionary (.aff + .dic).')
    .argument('<aff>', 'the .aff file (the two files may come in either order when their names end in .aff and .dic)')
    .argument('<dic>', 'the .dic file')
    .option('--strict', 'fail on what libhunspell reads past (flags nothing defines, a class whose count disagrees with its rules, an odd FLAG long field) instead of warning')
    .action(
      act(async (first: string, second: string, flags: ImportFlags & { strict?: boolean }) => {
        const { aff, dic } = hunspellFileOrder(first, second);
        return importDictionary(() => readHunspellStreamed(aff, dic, flags.strict === true, context), flags, context, `paradigm import hunspell ${shellWord(aff)} ${shellWord(dic)}`);
      }),
    );
  importCommand(command, 'apertium', 'Import an Apertium monolingual dictionary (.dix).')
    .argument('<dix>', 'the .dix file')
    .action(
      act(async (dix: string, flags: ImportFlags) =>
        importDictionary(
          (formLimit) => heldAsStreamed(readApertium(dix, undefined, formLimit === undefined ? {} : { maxFormsPerEntry: formLimit, formLimitHint: RAISE_FORM_LIMIT })),
          flags,
          context,
          `paradigm import apertium ${shellWord(dix)}`,
        ),
      ),
    );
  return command;
};

function importCommand(parent: Command, format: string, description: string): Command {
  return addProgressOption(
    addDatabaseOptions(
      parent
        .command(format)
        .description(
          `${description} The lexicon and every form it generates are replaced in one transaction: a failure, Ctrl-C or a crash leaves ` +
            'the old lexicon and its forms, and readers see the old ones until the commit. A lexeme whose forms cannot be generated (more than the limit ' +
            'of forms for one lexeme, say) is such a failure: the import names it and rolls back.',
        )
        .option('--replace', 'replace the lexicon even when it is not empty')
        .option('--no-recompute', `load the lexicon only, leaving the forms table empty and every lexeme queued (then run \`${RECOMPUTE_ALL}\` or \`${RUN}\`)`),
    ),
  );
}

/** What the end-of-run summary tells the reader to run next. */
const SUMMARY: SummaryCommands = { run: RUN, fill: 'The dictionary has no lexemes.' };

/**
 * Reads the dictionary, then replaces the lexicon and its forms in one transaction (`importLexicon`):
 * the forms are generated from the dictionary in memory, as `paradigm recompute --all` would generate
 * them from the stored lexicon, and commit with it, so nothing is queued and nothing is read back.
 * With `--no-recompute`, the lexicon only (every lexeme queued, the forms table empty).
 */
async function importDictionary(read: (formLimit?: number) => StreamedLexicon, flags: ImportFlags, context: CliContext, command: string): Promise<number> {
  // Read before the database is opened: a dictionary with errors never touches it. But a .dix whose
  // pardefs nest past the default form limit (PastFormLimitFailure) is read again at the lexicon's own
  // limit, which the database holds, where that is higher.
  let pastDefault: PastFormLimitFailure | undefined;
  let lexicon: StreamedLexicon | undefined;
  try {
    lexicon = read();
  } catch (error) {
    if (!(error instanceof PastFormLimitFailure)) throw error;
    pastDefault = error;
  }
  if (lexicon !== undefined) refuseUnstorable(lexicon);
  return withDatabase(flags, context, async (db) => {
    if (lexicon === undefined) {
      const limit = await readFormLimit(db);
      if (limit <= DEFAULT_MAX_FORMS_PER_LEXEME) throw new CommandFailure(pastDefault!.exitCode, `${pastDefault!.message}\n${RAISE_FORM_LIMIT}`);
      lexicon = read(limit);
      refuseUnstorable(lexicon);
    }
    await refuseToReplaceUnasked(db, flags, lexicon);
    return flags.recompute ? importWithForms(db, lexicon, flags, context, command) : storeLexicon(db, lexicon, flags, context);
  });
}

/** What to do about pardefs nested past the lexicon's form limit. */
const RAISE_FORM_LIMIT = 'raise the lexicon\'s limit with `paradigm form-limit N` (or none), where the machine has the memory for one entry\'s forms, and import again';

/** Refuses (exit 1) a lexicon with a pattern name the database cannot store. */
function refuseUnstorable(lexicon: StreamedLexicon): void {
  const unstorable = unstorablePatternName(lexicon);
  if (unstorable !== undefined) throw new CommandFailure(EXIT.problems, `${unstorable}\nnothing was imported`);
}

/** Refuses (exit 1) to replace a lexicon that is not empty without `--replace`, or with a dictionary of no lexemes at all. */
async function refuseToReplaceUnasked(db: Database, flags: ImportFlags, lexicon: StreamedLexicon): Promise<void> {
  const existing = await countLexemes(db);
  const emptying = emptyingImportText(lexicon.source, lexicon.lexemeCount, existing, db.description);
  if (emptying !== undefined) throw new CommandFailure(EXIT.problems, emptying);
  if (existing > 0 && !flags.replace) {
    throw new CommandFailure(
      EXIT.problems,
      `the lexicon in ${db.description} holds ${plural(existing, 'lexeme')} and importing replaces all of them; add --replace to do that, or import into another database (--data-dir DIR or DATABASE_URL)`,
    );
  }
}

/** The lexicon and its forms in one transaction, with progress by lexemes and forms; Ctrl-C rolls it all back. */
async function importWithForms(db: Database, lexicon: StreamedLexicon, flags: ImportFlags, context: CliContext, command: string): Promise<number> {
  const log = (line: string) => context.stderr(`paradigm: ${line}\n`);
  const shutdown = installShutdown(DEFAULTS.shutdownTimeoutMs, log);
  let outcome: LexiconImport;
  try {
    outcome = await importLexicon(db, lexicon, {
      batchForms: DEFAULTS.batchForms,
      progress: chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) }),
      signal: shutdown.signal,
      // Test-only pauses (PARADIGM_WORKER_PAUSE_AT): crash and concurrency tests stop the import at its steps.
      hooks: hooksFromEnvironment(context.env),
      onLockWait: (holders) => log(lockWaitText(holders, db.description, 'import')),
    });
  } catch (error) {
    if (error instanceof FormsGenerationError) throw new CommandFailure(EXIT.database, `the database ${db.description}: ${error.message}`);
    if (!isDatabaseUnavailable(error)) throw error;
    throw new CommandFailure(EXIT.database, `${(error as Error).message}; the import rolled back: the old lexicon and forms are as they were`);
  } finally {
    shutdown.dispose();
  }
  const { counts, report } = outcome;
  if (counts === undefined) {
    if (outcome.rolledBack === 'failed-lexemes') throw new CommandFailure(EXIT.problems, failedLexemesText(lexicon, report, db.description, `${command}${flags.replace ? ' --replace' : ''}`, flags.dataDir));
    log(interruptedText('import', db.description, true));
    return EXIT.interrupted;
  }
  log(`imported ${lexicon.source} (${lexicon.format}) into ${db.description}: ${plural(counts.patterns, 'pattern')}, ${plural(counts.lexemes, 'lexeme')}, ${plural(counts.links, 'lexeme-pattern link')}.`);
  context.stderr(`paradigm: ${formatSummary(report, SUMMARY)}`);
  return hasFailures(report) ? EXIT.problems : EXIT.ok;
}

/** Why an import rolled back for lexemes that do not generate: each one (or the first ones), and the ways on. */
function failedLexemesText(lexicon: StreamedLexicon, report: RunReport, database: string, command: string, dataDir: string | undefined): string {
  const { failures, summary } = describeRolledBackImport(lexicon.source, report, database, lexicon.placeOf);
  return [
    ...failures,
    summary,
    'Fix those entries; or load the lexicon without its forms, and the recompute records each failure, which `paradigm status` lists:',
    `  ${onSameDatabase(`${command} --no-recompute`, dataDir)}`,
    `  ${onSameDatabase(RECOMPUTE_ALL, dataDir)}`,
  ].join('\n');
}

/**
 * `--no-recompute`: replaces the lexicon in `db` with `lexicon`, with progress by lexemes, and says what
 * it loaded; Ctrl-C rolls it back.
 */
async function storeLexicon(db: Database, lexicon: StreamedLexicon, flags: ImportFlags, context: CliContext): Promise<number> {
  const log = (line: string) => context.stderr(`paradigm: ${line}\n`);
  const progress = chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) });
  const shutdown = installShutdown(DEFAULTS.shutdownTimeoutMs, log);
  progress.start('import', lexicon.lexemeCount);
  let counts: LexiconCounts;
  try {
    // The change triggers would queue every lexeme one by one; the replace queues them in one statement.
    counts = await replaceLexicon(db, { patterns: lexicon.patterns, lexemes: lexicon.lexemes }, {
      skipTriggers: true,
      onProgress: (lexemes) => progress.update({ lexemes, forms: 0, failed: 0 }),
      onLockWait: (holders) => log(lockWaitText(holders, db.description, 'import')),
      signal: shutdown.signal,
    });
  } catch (error) {
    if (!isAbortOf(shutdown.signal, error)) throw error;
    progress.finish({ lexemes: 0, forms: 0, failed: 0 }, 'stopped');
    log(interruptedText('import', db.description, true));
    return EXIT.interrupted;
  } finally {
    shutdown.dispose();
  }
  progress.finish({ lexemes: counts.lexemes, forms: 0, failed: 0 });
  context.stderr(
    `paradigm: imported ${lexicon.source} (${lexicon.format}) into ${db.description}: ${plural(counts.patterns, 'pattern')}, ${plural(counts.lexemes, 'lexeme')}, ${plural(counts.links, 'lexeme-pattern link')}.\n` +
      `The forms table is empty now; compute the forms with:\n  ${onSameDatabase(RECOMPUTE_ALL, flags.dataDir)}\n`,
  );
  return EXIT.ok;
}
