import { plural } from '@paradigm/core';
import { rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Command } from 'commander';
import { DixWriter, formatLexemeLine, formatPatternsFile, LEXEMES_TSV_HEADER, NativeExportError } from '@paradigm/lexicons';
import { FolderError, type LexiconSnapshot, makeFolder, withLexiconSnapshot } from '@paradigm/persistence';
import type { ProgressMode } from '@paradigm/recompute';
import { CommandFailure } from '../cli/command-failure';
import { addDatabaseOptions, withExistingDatabase } from '../cli/database-options';
import { addProgressOption } from '../cli/engine-options';
import { type CliContext, EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { refuseExistingFiles, writeFiles } from '../cli/write-files';
import { exportHunspell, hunspellPaths } from './export-hunspell';
import { namedLexemes, patternNames, type PatternNames } from './named-lexemes';

/** The files `export tsv DIR` writes in DIR. */
export const NATIVE_FILE_NAMES = { patterns: 'lexicon.patterns', lexemes: 'lexemes.tsv' } as const;

/** Lexemes read at a time by each of `export apertium`'s two readings. */
const DIX_PAGE = 10_000;

/** The flag every export takes; without it an export that would replace a file refuses, naming the files. */
const FORCE_HELP = 'replace files that exist (without it the export refuses, naming them, and writes nothing)';

/** What every export's flags hold. */
interface ExportFlags {
  readonly dataDir?: string;
  readonly force?: boolean;
}

/** `paradigm export tsv DIR | FILE.patterns FILE.tsv`, `paradigm export apertium FILE.dix` and `paradigm export hunspell BASE | FILE.aff FILE.dic`. */
export const registerExport: Register = (program, context, act) => {
  const command = addDatabaseOptions(program.command('export').summary('Write the stored lexicon as files').description('Write the stored lexicon (patterns and lexemes) as files.'));
  addDatabaseOptions(
    command
      .command('tsv')
      .description(
        `Write the native format that \`paradigm load\` reads back to the same lexicon: every pattern's source in one .patterns file and the lexemes in a .tsv. ` +
          `Given a directory, writes ${NATIVE_FILE_NAMES.patterns} and ${NATIVE_FILE_NAMES.lexemes} in it (creating it).`,
      )
      .argument('<paths...>', `a directory, or FILE.patterns and FILE.tsv`)
      .option('--force', FORCE_HELP),
  ).action(act(async (paths: string[], flags: ExportFlags) => exportNative(outputPaths(paths), flags, context)));
  addDatabaseOptions(
    command
      .command('apertium')
      .description(
        'Write an Apertium monolingual dictionary (.dix) that lt-expand expands to the lines of our forms (for a lexicon imported ' +
          'from a .dix, byte for byte what lt-expand printed for the original). Patterns may only add text: suffix +TEXT, gloss +TEXT.',
      )
      .argument('<dix>', 'the .dix file to write')
      .option('--force', FORCE_HELP),
  ).action(act(async (dix: string, flags: ExportFlags) => exportApertium(dix, flags, context)));
  const hunspell = addDatabaseOptions(
    command
      .command('hunspell')
      .description(
        'Write a Hunspell dictionary (.aff + .dic, UTF-8) whose words are exactly the forms paradigm generates (unmunch and hunspell-reader expand ' +
          'an imported Hunspell dictionary to the same words). Patterns become PFX/SFX classes and each lexeme an entry stem/FLAGS; the words of ' +
          'patterns affix rules cannot say (templates, ablaut, reduplication, ...) are written as plain words, and listed. Given BASE, writes BASE.aff and BASE.dic.',
      )
      .argument('<paths...>', 'a base name, or FILE.aff and FILE.dic')
      .option('--strict', 'fail, naming the lexeme and pattern, instead of writing plain words or leaving a lexeme out')
      .option('--force', FORCE_HELP),
  );
  addProgressOption(hunspell).action(act(async (paths: string[], flags: ExportFlags & { strict?: boolean; progress: ProgressMode }) => exportHunspell(hunspellPaths(paths), flags, context)));
  return command as Command;
};

/** The files `export tsv` writes, and the folders it made for them (removed again if it fails). */
interface NativeOutput {
  readonly patterns: string;
  readonly lexemes: string;
  readonly made?: readonly string[];
}

function outputPaths(paths: readonly string[]): NativeOutput {
  if (paths.length === 1 && !paths[0]!.endsWith('.patterns') && !paths[0]!.endsWith('.tsv')) {
    const made = createFolder(paths[0]!);
    return { patterns: join(paths[0]!, NATIVE_FILE_NAMES.patterns), lexemes: join(paths[0]!, NATIVE_FILE_NAMES.lexemes), made };
  }
  const patterns = paths.filter((p) => p.endsWith('.patterns'));
  const lexemes = paths.filter((p) => p.endsWith('.tsv'));
  if (paths.length !== 2 || patterns.length !== 1 || lexemes.length !== 1)
    throw new CommandFailure(EXIT.usage, `export tsv takes a directory, or one FILE.patterns and one FILE.tsv; got ${paths.join(' ')}`);
  return { patterns: patterns[0]!, lexemes: lexemes[0]! };
}

/**
 * Creates `dir` (and its parents) unless it exists, returning the folders it made, innermost first; a
 * file in the place of it or of a parent is named, with what to give instead.
 */
function createFolder(dir: string): string[] {
  try {
    return makeFolder(dir);
  } catch (error) {
    if (!(error instanceof FolderError)) throw error;
    if (error.code === 'ENOTDIR')
      throw new CommandFailure(EXIT.problems, `cannot write into ${dir}: ${error.path === dir ? 'it' : error.path} is a file, not a folder; give a folder, or FILE.patterns and FILE.tsv`);
    throw new CommandFailure(EXIT.problems, error.message);
  }
}

async function exportNative(out: NativeOutput, flags: ExportFlags, context: CliContext): Promise<number> {
  try {
    return await exportNativeFiles(out, flags, context);
  } catch (error) {
    // A failed export leaves no folder it made (each removed only while empty).
    for (const dir of out.made ?? []) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
    throw error;
  }
}

async function exportNativeFiles(out: NativeOutput, flags: ExportFlags, context: CliContext): Promise<number> {
  const force = flags.force === true;
  refuseExistingFiles([out.patterns, out.lexemes], force);
  return withExistingDatabase(flags, context, async (db) => {
    try {
      // One snapshot: an import or load committing meanwhile is wholly in the files or wholly out of them.
      await withLexiconSnapshot(db, async (snapshot) => {
        const written = { lexemes: 0 };
        const patterns = await snapshot.patterns();
        await writeFiles(
          [
            { path: out.patterns, chunks: [formatPatternsFile(patterns)] },
            { path: out.lexemes, chunks: lexemeLines(snapshot, patternNames(patterns), written) },
          ],
          force,
        );
        context.stderr(`paradigm: wrote ${plural(patterns.length, 'pattern')} to ${out.patterns} and ${plural(written.lexemes, 'lexeme')} to ${out.lexemes}\n`);
      });
      return EXIT.ok;
    } catch (error) {
      if (error instanceof NativeExportError) throw new CommandFailure(EXIT.problems, `${error.message}\nnothing was written`);
      throw error;
    }
  });
}

async function exportApertium(dix: string, flags: ExportFlags, context: CliContext): Promise<number> {
  const force = flags.force === true;
  refuseExistingFiles([dix], force);
  return withExistingDatabase(flags, context, async (db) => {
    try {
      // Read twice from one snapshot, a page at a time (see `DixWriter`): the head of the file depends on every lexeme.
      await withLexiconSnapshot(db, async (snapshot) => {
        const patterns = await snapshot.patterns();
        const writer = new DixWriter(patterns);
        const names = patternNames(patterns);
        let lexemes = 0;
        for await (const page of namedLexemes(snapshot, names, DIX_PAGE)) {
          writer.survey(page);
          lexemes += page.length;
        }
        await writeFiles([{ path: dix, chunks: dixChunks(snapshot, names, writer) }], force);
        context.stderr(`paradigm: wrote ${plural(patterns.length, 'pattern')} and ${plural(lexemes, 'lexeme')} to ${dix}\n`);
      });
      return EXIT.ok;
    } catch (error) {
      if (error instanceof NativeExportError) throw new CommandFailure(EXIT.problems, `${error.message}\nnothing was written`);
      throw error;
    }
  });
}

async function* dixChunks(snapshot: LexiconSnapshot, names: PatternNames, writer: DixWriter): AsyncGenerator<string> {
  yield writer.head();
  for await (const page of namedLexemes(snapshot, names, DIX_PAGE)) yield writer.write(page);
  yield DixWriter.TAIL;
}

async function* lexemeLines(snapshot: LexiconSnapshot, names: PatternNames, written: { lexemes: number }): AsyncGenerator<string> {
  yield LEXEMES_TSV_HEADER;
  for await (const lexemes of namedLexemes(snapshot, names)) {
    written.lexemes += lexemes.length;
    yield lexemes.map(formatLexemeLine).join('');
  }
}
