import { plural } from '@paradigm/core';
import { HUNSPELL_WRITE_CHUNK, type HunspellExport, type HunspellExportNote, HunspellWriter, NativeExportError, type NativeLexeme } from '@paradigm/lexicons';
import { type Database, type LexiconSnapshot, withLexiconSnapshot } from '@paradigm/persistence';
import { chooseProgress, type ProgressMode, type ProgressReporter } from '@paradigm/recompute';
import { CommandFailure } from '../cli/command-failure';
import { withExistingDatabase } from '../cli/database-options';
import { type CliContext, EXIT } from '../cli/context';
import { refuseExistingFiles, writeFiles } from '../cli/write-files';
import { namedLexemes, patternNames, type PatternNames } from './named-lexemes';

/** The two files `export hunspell` writes. */
export interface HunspellPaths {
  readonly aff: string;
  readonly dic: string;
}

/** `BASE` (or `BASE.aff` / `BASE.dic`) gives BASE.aff and BASE.dic; two paths are one .aff and one .dic. */
export function hunspellPaths(paths: readonly string[]): HunspellPaths {
  if (paths.length === 1) {
    const base = paths[0]!.replace(/\.(aff|dic)$/, '');
    return { aff: `${base}.aff`, dic: `${base}.dic` };
  }
  const aff = paths.filter((p) => p.endsWith('.aff'));
  const dic = paths.filter((p) => p.endsWith('.dic'));
  if (paths.length !== 2 || aff.length !== 1 || dic.length !== 1)
    throw new CommandFailure(EXIT.usage, `export hunspell takes a base name (writing BASE.aff and BASE.dic), or one FILE.aff and one FILE.dic; got ${paths.join(' ')}`);
  return { aff: aff[0]!, dic: dic[0]! };
}

const SHOWN_LEXEMES = 3;

/** Notes grouped by reason, each reason once with the lexemes it concerns (the first few named). */
function noteLines(notes: readonly HunspellExportNote[]): string {
  const groups = new Map<string, HunspellExportNote[]>();
  for (const note of notes) {
    const group = groups.get(note.reason);
    if (group === undefined) groups.set(note.reason, [note]);
    else group.push(note);
  }
  return [...groups]
    .map(([reason, group]) => {
      const named = group.slice(0, SHOWN_LEXEMES).map((note) => `${note.lexemeId} "${note.lemma}"`);
      const more = group.length > SHOWN_LEXEMES ? ` and ${group.length - SHOWN_LEXEMES} more` : '';
      return `  ${reason} (lexeme${group.length === 1 ? '' : 's'} ${named.join(', ')}${more})\n`;
    })
    .join('');
}

/** `paradigm export hunspell`: the stored lexicon as an .aff/.dic pair (see `formatHunspell`). */
export async function exportHunspell(
  paths: HunspellPaths,
  flags: { dataDir?: string; strict?: boolean; force?: boolean; progress: ProgressMode },
  context: CliContext,
): Promise<number> {
  const force = flags.force === true;
  refuseExistingFiles([paths.aff, paths.dic], force);
  return withExistingDatabase(flags, context, async (db) => {
    let result: HunspellExport;
    try {
      result = await formatStoredLexicon(db, flags.strict === true, chooseProgress(flags.progress, context.progressStream ?? { write: (text) => context.stderr(text) }));
    } catch (error) {
      if (error instanceof NativeExportError) throw new CommandFailure(EXIT.problems, `${error.message}\nnothing was written`);
      throw error;
    }
    await writeFiles(
      [
        { path: paths.aff, chunks: [result.aff] },
        { path: paths.dic, chunks: [result.dic] },
      ],
      force,
    );
    const words = result.wordEntries > 0 ? `, ${plural(result.wordEntries, 'plain word')} (of ${plural(result.asWords.length, 'lexeme')})` : '';
    context.stderr(
      `paradigm: wrote ${plural(result.classes, 'affix class', 'affix classes')} to ${paths.aff} and ${plural(result.affixEntries + result.wordEntries, 'entry', 'entries')} to ${paths.dic}: ` +
        `${plural(result.affixEntries, 'lexeme')} as stem/FLAGS${words}\n`,
    );
    if (result.asWords.length > 0) context.stderr(`paradigm: plain words, which Hunspell affix rules cannot make, for ${plural(result.asWords.length, 'lexeme')}:\n${noteLines(result.asWords)}`);
    if (result.leftOut.length > 0) context.stderr(`paradigm: left out ${plural(result.leftOut.length, 'lexeme')}:\n${noteLines(result.leftOut)}`);
    if (result.empty > 0) {
      const one = result.empty === 1;
      context.stderr(`paradigm: ${plural(result.empty, 'lexeme')} ${one ? 'makes' : 'make'} no word (no pattern, or no rule applies) and ${one ? 'is' : 'are'} not written\n`);
    }
    return EXIT.ok;
  });
}

/**
 * The writer of `snapshot`'s lexicon, under its form limit (as the worker computes its forms), and its
 * patterns' names. The patterns' text is let go once the
 * writer compiled and planned it: hu_HU's is 27 MB, which the export held to its end.
 */
async function startWriter(snapshot: LexiconSnapshot, strict: boolean): Promise<{ writer: HunspellWriter; names: PatternNames }> {
  const patterns = await snapshot.patterns();
  return { writer: new HunspellWriter(patterns, { strict, maxFormsPerLexeme: await snapshot.formLimit() }), names: patternNames(patterns) };
}

/**
 * The stored lexicon as a Hunspell pair, read twice from one snapshot (see `HunspellWriter`), so that the
 * export holds a chunk of lexemes at a time however large the lexicon. Each reading generates every
 * lexeme's words, and shows its progress (forms: the words generated).
 */
function formatStoredLexicon(db: Database, strict: boolean, progress: ProgressReporter): Promise<HunspellExport> {
  return withLexiconSnapshot(db, async (snapshot) => {
    const total = await snapshot.countLexemes();
    const { writer, names } = await startWriter(snapshot, strict);
    const reading = async (label: string, pageSize: number, read: (page: NativeLexeme[]) => void): Promise<void> => {
      const before = writer.generatedWords;
      let lexemes = 0;
      const counts = () => ({ lexemes, forms: writer.generatedWords - before, failed: 0 });
      progress.start(label, total);
      try {
        for await (const page of namedLexemes(snapshot, names, pageSize)) {
          read(page);
          lexemes += page.length;
          progress.update(counts());
        }
      } catch (error) {
        progress.finish(counts(), 'stopped');
        throw error;
      }
      progress.finish(counts());
    };
    await reading('export hunspell: what the .aff needs', 1000, (page) => writer.survey(page));
    const body: string[] = [];
    await reading('export hunspell: .dic, read back', HUNSPELL_WRITE_CHUNK, (page) => body.push(writer.write(page)));
    return writer.result(body);
  });
}
