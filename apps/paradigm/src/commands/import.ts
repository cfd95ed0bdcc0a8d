import { type Command } from 'commander';
import type { ImportedLexicon } from '@paradigm/lexicons';
import { countLexemes, type Database, replaceLexicon } from '@paradigm/persistence';
import { chooseProgress, hooksFromEnvironment } from '@paradigm/recompute';
import { CommandFailure } from '../cli/command-failure';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { type CliContext, EXIT } from '../cli/context';
import { addEngineOptions, type EngineFlags } from '../cli/engine-options';
import type { Register } from '../cli/register';
import { computeForms, recomputeConfig } from './compute-forms';
import { readApertium, readHunspell } from './read-dictionary';
import { onSameDatabase, RECOMPUTE_ALL } from './recompute-hints';

interface ImportFlags extends EngineFlags {
  readonly replace?: boolean;
  /** False with `--no-recompute`: load the lexicon only. */
  readonly recompute: boolean;
}

/** `paradigm import hunspell FILE.aff FILE.dic` and `paradigm import apertium FILE.dix`. */
export const registerImport: Register = (program, context, act) => {
  const command = program
    .command('import')
    .summary('Replace the lexicon with a Hunspell or Apertium dictionary and compute every form')
    .description(
      'Replace the lexicon with a Hunspell or Apertium dictionary (needs --replace when the lexicon is not empty), then compute every form ' +
        'as `paradigm recompute --all` does, in the same process (--no-recompute: the lexicon only).',
    );
  importCommand(command, 'hunspell', 'Import a Hunspell dictionary (.aff + .dic).')
    .argument('<aff>', 'the .aff file')
    .argument('<dic>', 'the .dic file')
    .option('--strict', 'fail on what libhunspell reads past (flags nothing defines, a class whose count disagrees with its rules, an odd FLAG long field) instead of warning')
    .action(act(async (aff: string, dic: string, flags: ImportFlags & { strict?: boolean }) => importDictionary(() => readHunspell(aff, dic, flags.strict === true, context), flags, context)));
  importCommand(command, 'apertium', 'Import an Apertium monolingual dictionary (.dix).')
    .argument('<dix>', 'the .dix file')
    .action(act(async (dix: string, flags: ImportFlags) => importDictionary(() => readApertium(dix), flags, context)));
  return command;
};

function importCommand(parent: Command, format: string, description: string): Command {
  return addEngineOptions(
    addDatabaseOptions(
      parent
        .command(format)
        .description(
          `${description} The lexicon is replaced in one transaction (a failure or Ctrl-C leaves the old one), then every form is computed ` +
            'into a new table swapped in at the end; if that step does not finish, the new lexicon stays with an empty forms table and ' +
            `\`${RECOMPUTE_ALL}\` completes it.`,
        )
        .option('--replace', 'replace the lexicon even when it is not empty')
        .option('--no-recompute', `load the lexicon only, leaving the forms table empty (then run \`${RECOMPUTE_ALL}\`)`),
    ),
  );
}

/**
 * Reads the dictionary and stores it (one transaction: the old lexicon stays if it fails), then, unless
 * `--no-recompute`, computes every form with the engine's full rebuild, as `paradigm recompute --all`
 * does. The two steps commit separately, so a forms step that does not finish leaves the new lexicon
 * and an empty forms table; the message says so and names the command that finishes the job.
 *
 * On PGlite both steps run on one open of the folder, so it stays this process's from the start of the
 * lexicon step to the end of the forms step: no other process can take it in between and leave the
 * forms step refused. On PostgreSQL, which other processes share anyway, the forms step opens a pool
 * of its own with the settings of the engine's runs (a connection per batch, the worker's session
 * settings), once the lexicon step's is closed.
 */
async function importDictionary(read: () => ImportedLexicon, flags: ImportFlags, context: CliContext): Promise<number> {
  // Read before the database is opened: a dictionary with errors never touches it.
  let lexicon: ImportedLexicon | undefined = read();
  return withDatabase(flags, context, async (db) => {
    await storeLexicon(db, lexicon!, flags, context);
    // The parsed dictionary is garbage once stored: nothing here holds it while the forms are computed.
    lexicon = undefined;
    if (!flags.recompute) return EXIT.ok;
    // Test-only: crash and concurrency tests pause the import between its steps (PARADIGM_WORKER_PAUSE_AT=lexicon-imported:0).
    await hooksFromEnvironment(context.env).at('lexicon-imported', 0, []);
    const embedded = db.dialect === 'pglite';
    if (!embedded) await db.close();
    return computeAllForms(flags, context, embedded ? db : undefined);
  });
}

/** The forms step, on `db` if given (it is closed at the end), else on a database the engine opens. */
async function computeAllForms(flags: ImportFlags, context: CliContext, db: Database | undefined): Promise<number> {
  const unfinished = () =>
    context.stderr(`paradigm: the new lexicon is imported but its forms are not: the forms table is empty. Compute them with:\n  ${onSameDatabase(RECOMPUTE_ALL, flags.dataDir)}\n`);
  let code: number;
  try {
    code = await computeForms(recomputeConfig({ kind: 'all' }, flags), flags, context, db);
  } catch (error) {
    // Whatever went wrong, the rebuild rolled back: say what the database holds before the error.
    unfinished();
    throw error;
  }
  if (code === EXIT.database || code === EXIT.interrupted) unfinished();
  return code;
}

/** Replaces the lexicon in `db` with `lexicon`, with progress by lexemes, and says what it loaded. */
async function storeLexicon(db: Database, lexicon: ImportedLexicon, flags: ImportFlags, context: CliContext): Promise<void> {
  const progress = chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) });
  const existing = await countLexemes(db);
  if (existing > 0 && !flags.replace) {
    throw new CommandFailure(
      EXIT.problems,
      `the lexicon in ${db.description} holds ${existing} lexemes and importing replaces all of them; add --replace to do that, or import into another database (--data-dir DIR or DATABASE_URL)`,
    );
  }
  progress.start('import', lexicon.lexemes.length);
  // The change triggers would queue every lexeme; the full rebuild follows anyway.
  const counts = await replaceLexicon(db, { patterns: lexicon.patterns, lexemes: lexicon.lexemes }, {
    skipTriggers: true,
    onProgress: (lexemes) => progress.update({ lexemes, forms: 0, failed: 0 }),
  });
  progress.finish({ lexemes: counts.lexemes, forms: 0, failed: 0 });
  context.stderr(
    `paradigm: imported ${lexicon.source} (${lexicon.format}) into ${db.description}: ${counts.patterns} patterns, ${counts.lexemes} lexemes, ${counts.links} lexeme-pattern links.\n` +
      (flags.recompute ? '' : `The forms table is empty now; compute the forms with:\n  ${onSameDatabase(RECOMPUTE_ALL, flags.dataDir)}\n`),
  );
}
