import { plural } from '@paradigm/core';
import { checkNativeLexicon, formatProblem, type NativeFiles, type NativeProblem } from '@paradigm/lexicons';
import { countLexicon, type Database, isAbortOf, type LoadCounts, loadLexicon, lexiconStatus, PatternsDoNotCompileError, readPatterns } from '@paradigm/persistence';
import { chooseProgress, DEFAULTS, installShutdown, lockWaitText, type ProgressMode, SILENT_PROGRESS } from '@paradigm/recompute';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { addProgressOption } from '../cli/engine-options';
import { type CliContext, EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { interruptedText } from '../cli/interrupted-text';
import { onSameDatabase, RUN } from './recompute-hints';
import { readFiles } from './read-native';
import { countProblems, countText, reportProblems } from './report-problems';

interface LoadFlags {
  readonly replace?: boolean;
  readonly dataDir?: string;
  readonly progress: ProgressMode;
}

const counts = (c: LoadCounts) => `${c.added} added, ${c.changed} changed, ${c.unchanged} unchanged`;

/** `paradigm load FILE.patterns... [LEXEMES.tsv] [--replace]`. */
export const registerLoad: Register = (program, context, act) =>
  addProgressOption(
    addDatabaseOptions(
      program
        .command('load')
        .summary('Add or update patterns and lexemes from .patterns files and a lexemes .tsv')
        .description(
          'Add or update patterns (by name) and lexemes (by id) from pattern files and a lexemes .tsv. Only rows whose content changed ' +
            'are written, so only their lexemes are queued for recompute. Lexemes in the database but not in the file are kept. ' +
            'One transaction: Ctrl-C rolls it back (exit 130).',
        )
        .argument('<files...>', 'NAME.patterns files and at most one lexemes .tsv (columns id, lemma, stem, root, gloss, patterns)')
        .option('--replace', 'replace the whole lexicon (patterns, lexemes and forms) with the files'),
    ),
  ).action(
    act(async (files: string[], flags: LoadFlags) => {
      const native = readFiles(files);
      return withDatabase(flags, context, async (db) => {
        // Ctrl-C rolls the load back (its one transaction) and says so, instead of ending the process mid-statement.
        const shutdown = installShutdown(DEFAULTS.shutdownTimeoutMs, (line) => context.stderr(`paradigm: ${line}\n`));
        try {
          return await loadFiles(db, native, flags, context, shutdown.signal);
        } finally {
          shutdown.dispose();
        }
      });
    }),
  );

/** Checks the files beside the stored patterns and loads them into `db`, saying what changed; `signal` interrupts it. */
async function loadFiles(db: Database, native: NativeFiles, flags: LoadFlags, context: CliContext, signal: AbortSignal): Promise<number> {
  const stored = flags.replace ? [] : await readPatterns(db);
  // Checked in one reading of the files; the lexemes are read again as they are loaded, a chunk at a time.
  const lexicon = checkNativeLexicon(native, { storedPatterns: stored });
  const problems = reportProblems(lexicon.problems, context.stderr);
  if (problems.errors > 0) {
    context.stderr(`paradigm: ${countText(problems)}; nothing was loaded. ${checkHint(native, lexicon.problems, stored.length > 0, db.description)}\n`);
    return EXIT.problems;
  }
  // Counted only: the forms, which a replace empties too, may be millions of rows.
  const before = flags.replace ? await countLexicon(db) : undefined;
  const emptying = before === undefined ? undefined : emptyingText(native, lexicon.patterns.length, lexicon.lexemeCount, before, db.description);
  if (emptying !== undefined) {
    context.stderr(`paradigm: ${emptying}\n`);
    return EXIT.problems;
  }
  let report;
  // By lexemes: a load of pattern files alone is one short statement.
  const progress = native.lexemes ? chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) }) : SILENT_PROGRESS;
  const loaded = (lexemes: number) => ({ lexemes, forms: 0, failed: 0 });
  progress.start('load', lexicon.lexemeCount);
  try {
    // Checked again as they are stored: a load or a workbench save beside this one may have changed the stored patterns since.
    report = await loadLexicon(
      db,
      { patterns: lexicon.patterns, lexemes: lexicon.lexemes() },
      {
        replace: flags.replace === true,
        requireCompiling: true,
        onProgress: (lexemes) => progress.update(loaded(lexemes)),
        onLockWait: (holders) => context.stderr(`paradigm: ${lockWaitText(holders, db.description, 'load')}\n`),
        signal,
      },
    );
    progress.finish(loaded(lexicon.lexemeCount));
  } catch (error) {
    progress.finish(loaded(0), 'stopped');
    if (isAbortOf(signal, error)) {
      context.stderr(`paradigm: ${interruptedText('load', db.description)}\n`);
      return EXIT.interrupted;
    }
    if (!(error instanceof PatternsDoNotCompileError)) throw error;
    const at = new Map(lexicon.patterns.map((p) => [p.name, p]));
    const located = error.errors.map((e) => ({ ...e, severity: 'error' as const, file: at.get(e.patternName)!.file, line: at.get(e.patternName)!.line + e.line - 1 }));
    context.stderr(`paradigm: ${countText(reportProblems(located, context.stderr))} with the patterns stored meanwhile; nothing was loaded.\n`);
    return EXIT.problems;
  }
  const status = await lexiconStatus(db, 0);
  const replaced = (loaded: LoadCounts, stored: number) => `${loaded.added} from the files, in place of the ${stored} stored`;
  context.stderr(
    `paradigm: ${report.replaced ? 'replaced the lexicon in' : 'loaded into'} ${db.description}\n` +
      `  patterns: ${before === undefined ? counts(report.patterns) : replaced(report.patterns, before.patterns)}\n` +
      `  lexemes:  ${before === undefined ? counts(report.lexemes) : replaced(report.lexemes, before.lexemes)}` +
      (report.kept > 0 ? `; ${report.kept} not in the files kept (--replace drops them)` : '') +
      '\n' +
      (status.queuedLexemes + status.queuedPatterns === 0
        ? '  nothing to recompute\n'
        : `  queued for recompute: ${plural(status.queuedLexemes, 'lexeme')}, ${plural(status.queuedPatterns, 'pattern change')}; compute their forms with:\n    ${onSameDatabase(RUN, flags.dataDir)}\n`),
  );
  return EXIT.ok;
}

/**
 * Why `load --replace` is refused when the files would empty a lexicon that is not: no lexemes .tsv given
 * while lexemes are stored (the file forgotten), or files that define nothing at all. A lexemes .tsv of
 * its header line alone empties the lexemes on purpose.
 */
function emptyingText(native: NativeFiles, patterns: number, lexemes: number, stored: { lexemes: number; patterns: number }, database: string): string | undefined {
  const refused = 'nothing was changed';
  if (native.lexemes === undefined && stored.lexemes > 0) {
    return (
      `--replace replaces the whole lexicon, and no lexemes .tsv was given: the ${plural(stored.lexemes, 'lexeme')} in ${database} would be deleted; ${refused}. ` +
      'Give the lexemes .tsv too (one holding only its header line deletes the lexemes on purpose), or load the patterns without --replace'
    );
  }
  if (patterns === 0 && lexemes === 0 && stored.patterns + stored.lexemes > 0) {
    return `the files define no pattern and no lexeme, so --replace would empty the lexicon in ${database} (${plural(stored.patterns, 'pattern')}, ${plural(stored.lexemes, 'lexeme')}); ${refused}. Check the file names`;
  }
  return undefined;
}

/**
 * What `paradigm check` would say of the same files: it reads the files alone, so problems that involve
 * the stored patterns (a cycle through one, a pattern that breaks one continuing into it) are the load's own.
 */
function checkHint(native: NativeFiles, problems: readonly NativeProblem[], besideStored: boolean, database: string): string {
  const alone = besideStored ? checkNativeLexicon(native).problems : problems;
  const lines = (list: readonly NativeProblem[]) => list.map(formatProblem).join('\n');
  if (lines(alone) === lines(problems)) return '`paradigm check` lists the same problems.';
  return `\`paradigm check\` reads the files alone, without the patterns stored in ${database}: it finds ${alone.length === 0 ? 'no problem' : countText(countProblems(alone))}.`;
}
