import { CHUNK_CHARS } from '../chunk-size';
import type { FormRowSink, Grammar, Lexeme, ParsedPatternSource, PatternSource } from '@paradigm/core';
import { parseAffFile } from './aff-file';
import { eachAffixPatternTree, FlagSets, forbiddenWords, UnknownFlags } from './build-lexicon';
import { conversionAsRenaming, encodedIn, inEntries, renameAffixes, renameEntries } from './conversion-renaming';
import { dicEntries, dicMayCarry, dicReading } from './dic-file';
import { dicLinesHolding, dicLinesStartingWith } from './dic-lines';
import { EntryFormLimitError, namingEntryPastLimit } from './entry-form-limit-error';
import { compileHunspellGrammar, generateEntry, wordChunks } from './expand-hunspell';
import type { IgnoredFlag } from './hunspell-lexicon';
import type { FlagWarningSink } from './flag-syntax';
import type { AffixFile, Conversion, DicEntry, HunspellWarning } from './hunspell-model';
import { inputConversion } from './input-conversion';
import { inputConversionRejects, type EntryLines } from './input-conversion-rejects';
import { leftOut, type LeftOut } from './left-out-spellings';
import { HomonymsLeftOut, homonymGroups } from './forbidden-homonyms';
import type { HunspellFiles } from './parse-hunspell';
import { byteString, cutShortEnds, declaredEncoding, fieldDecoder } from './text-encoding';
import { wordBytes } from './word-bytes';

/** Options of {@link streamHunspellText}. */
export interface StreamHunspellOptions {
  /**
   * Told of each place read as libhunspell reads it that probably means something else: those of the .aff
   * before any text, those of the .dic as their line is read.
   */
  readonly onWarning?: (warning: HunspellWarning) => void;
  /** Told of each flag nothing defines, where it first occurs, as the files are read. */
  readonly onIgnoredFlag?: (flag: IgnoredFlag) => void;
  /** About how many characters each yielded chunk holds (default {@link CHUNK_CHARS}). */
  readonly chunkChars?: number;
  /** The forms one entry may derive (default 100,000; `Infinity`: no limit); past it, an {@link EntryFormLimitError}. */
  readonly maxFormsPerEntry?: number;
}

/**
 * The classes compiled, with `word` (id 1) first: every entry that is a word itself takes it, since the
 * morph fields that make `word:N` cells in an import do not change the words. The classes are handed over
 * as syntax trees, not as the text an import stores (the same patterns, without writing and reading back
 * the text). A function of its own so that the list of sources is not held by the streaming generator.
 */
function affixGrammar(aff: AffixFile, files: HunspellFiles, unknown: UnknownFlags, flagSets: readonly FlagSets[], maxFormsPerEntry: number | undefined): Grammar {
  const ids = new Map<string, number>([['word', 1]]);
  // Each class compiled as it is made, so that its tree goes while it is young.
  function* patterns(): Generator<PatternSource | ParsedPatternSource> {
    let id = 1;
    yield { id, name: 'word', source: 'pattern word\nrule =>\n' };
    for (const { name, ast } of eachAffixPatternTree(aff, files.affName, unknown)) {
      ids.set(name, ++id);
      yield { id, name, ast };
    }
  }
  const grammar = compileHunspellGrammar({ patterns: patterns(), source: `${files.affName} + ${files.dicName}` }, maxFormsPerEntry);
  for (const sets of flagSets) sets.assignIds(ids);
  return grammar;
}

/**
 * What a streamed expansion generates: the compiled classes, the entries as lexemes (read lazily), the
 * output conversion left to apply, the spellings left out (forbidden, or rejected through `ICONV`).
 */
interface StreamedExpansion {
  readonly grammar: Grammar;
  readonly lexemes: Iterable<Lexeme>;
  readonly conversion: readonly Conversion[];
  readonly leftOut: LeftOut;
  /** The .dic line of the entry last read (the one being generated). */
  readonly line: () => number;
}

/** A warning no one is told of (the reading is never strict). */
function ignoreWarning(): void {}

/** Reads the .aff and compiles its classes; the .dic's entries become lexemes only as they are iterated. */
function streamedExpansion(files: HunspellFiles, options: StreamHunspellOptions): StreamedExpansion {
  const { set, line } = declaredEncoding(files.aff);
  const decode = fieldDecoder(set, line > 0 ? `${files.affName}:${line}` : 'the default when an .aff has no SET', files.affName, cutShortEnds(files));
  const parsed = parseAffFile(byteString(files.aff, files.affName), set, decode, files.affName);
  for (const warning of parsed.warnings) options.onWarning?.(warning);
  const dic = byteString(files.dic, files.dicName);
  const renaming = conversionAsRenaming(parsed, dic);
  const aff = renaming === undefined ? parsed : renameAffixes(parsed, renaming);
  // What the closures below read of the .aff. No closure refers to `aff` or `parsed`, so their affix rules
  // go once compiled: Hunspell eu's 121,189 rules held 9 MB as objects, beside their texts.
  const reading = dicReading(aff);
  // The entries are read up to three times (forbidden spellings, then generation), and some of their lines
  // twice more for `ICONV` where an entry holds a source; the last reading tells of the .dic's warnings.
  const entries = (warn: FlagWarningSink = ignoreWarning, text = dic): Iterable<DicEntry> => renaming === undefined
    ? dicEntries(text, reading, decode, files.dicName, false, warn)
    : renameEntries(dicEntries(text, reading, decode, files.dicName, false, warn), renaming);
  const forbiddenFlag = aff.special.forbiddenWord;
  const forbidden = new Set(forbiddenFlag !== undefined && dicMayCarry(dic, aff, forbiddenFlag) ? forbiddenWords(aff, entries) : []);

  const unknown = new UnknownFlags('ignore', files.affName, options.onIgnoredFlag);
  const flagSets = new FlagSets(aff, files.dicName, unknown);
  // The readings for ICONV (some lines, out of order) tell of no flag: the generation tells of each where
  // it first occurs.
  const quietFlagSets = new FlagSets(aff, files.dicName, new UnknownFlags('ignore', files.affName));
  const grammar = affixGrammar(aff, files, unknown, [flagSets, quietFlagSets], options.maxFormsPerEntry);

  let entryLine = 0;
  function* lexemes(warn: FlagWarningSink, sets = flagSets, text = dic): Generator<Lexeme> {
    // The pattern ids of each distinct flag field (the entries share its array), or null for an entry that
    // yields nothing: one lookup an entry.
    const idsOf = new Map<readonly string[], readonly number[] | null>();
    let id = 0;
    for (const entry of entries(warn, text)) {
      id++;
      entryLine = entry.line;
      let ids = idsOf.get(entry.flags);
      if (ids === undefined) {
        const roles = sets.roles(entry);
        ids = roles === undefined ? null : roles.base ? [1, ...roles.ids] : roles.ids;
        idsOf.set(entry.flags, ids);
      }
      if (ids === null) continue;
      yield { id, lemma: entry.word, patterns: ids };
    }
  }
  const iconv = inputConversion(parsed, (char) => {
    const encoded = encodedIn(reading.encoding, char);
    return encoded === undefined || inEntries(dic, encoded);
  });
  const generate = (lexeme: Lexeme, rows: FormRowSink): void => generateEntry(grammar, lexeme, rows);
  const lines = (wanted?: EntryLines): string => {
    if (wanted === undefined) return dic;
    const needles = 'holding' in wanted ? [...wanted.holding] : reading.ignore === '' ? [...wanted.startingWith] : undefined;
    const encoded = needles?.map((needle) => encodedIn(reading.encoding, needle));
    if (encoded === undefined || encoded.includes(undefined)) return dic;
    return 'holding' in wanted ? dicLinesHolding(dic, encoded as string[]) : dicLinesStartingWith(dic, encoded as string[]);
  };
  const read = (wanted?: EntryLines): Iterable<Lexeme> => lexemes(ignoreWarning, quietFlagSets, lines(wanted));
  const { standIn } = aff;
  const rejected = inputConversionRejects(iconv, { lexemes: read, generate, forbidden, standIn });
  // The rejected words are as generated: a renamed character stands in their marks too.
  const marks = standIn === undefined ? iconv.entryChars : iconv.entryChars?.replaceAll(standIn.for, standIn.char);
  // A forbidden entry's classes, taken from the words of later entries of its spelling (a third reading,
  // only where some entry carries the flag).
  const groups = forbidden.size === 0 || forbiddenFlag === undefined ? [] : homonymGroups(entries, forbiddenFlag, (entry, id, isForbidden) => {
    const roles = quietFlagSets.roles(entry);
    return roles === undefined ? undefined : { id, lemma: entry.word, patterns: roles.base && !isForbidden ? [1, ...roles.ids] : roles.ids };
  });
  const homonyms = new HomonymsLeftOut(groups, generate);
  return { grammar, lexemes: lexemes(options.onWarning ?? ignoreWarning), conversion: aff.outputConversion, leftOut: leftOut(forbidden, rejected, marks, homonyms), line: () => entryLine };
}

/** `generated`, with an entry past the limit of forms named by its .dic line. */
function locatingLimit<T>(generated: Generator<T>, dicName: string, line: () => number): Generator<T> {
  return namingEntryPastLimit(generated, (reached) => new EntryFormLimitError(dicName, line(), reached.word, reached.limit, undefined, reached.characters));
}

/**
 * The text {@link expandHunspellText} gives for `parseHunspell(files)` (libhunspell's reading, not strict),
 * but streamed: each .dic entry becomes a lexeme, is generated and dropped, so memory holds the compiled
 * classes and one chunk, not 84,000 entries and lexemes (fr); keeping them made the garbage collector copy
 * them between generations, 0.45 s of CPU of en_US's 1.0 s. A `HunspellImportError` in the .dic (an
 * undefined `AF` alias, bytes invalid in the `SET`) surfaces when its line is reached, after the text
 * before it; read with `parseHunspell` first where all or nothing must be printed.
 *
 * @example
 * for (const chunk of streamHunspellText(readHunspellFiles('fr.aff', 'fr.dic'))) process.stdout.write(chunk);
 */
export function* streamHunspellText(files: HunspellFiles, options: StreamHunspellOptions = {}): Generator<string> {
  const { grammar, lexemes, conversion, leftOut: left, line } = streamedExpansion(files, options);
  yield* locatingLimit(wordChunks(grammar, lexemes, conversion, left, options.chunkChars ?? CHUNK_CHARS), files.dicName, line);
}

/**
 * {@link streamHunspellText} as UTF-8 bytes, what `lexicon expand hunspell` writes: the words go into one
 * reusable buffer as they are generated ({@link wordBytes}), so each chunk is valid only until the next is
 * asked for. A dictionary whose `OCONV` table is not applied by renaming gets its text converted and encoded.
 */
export function* streamHunspellBytes(files: HunspellFiles, options: StreamHunspellOptions = {}): Generator<Uint8Array> {
  const { grammar, lexemes, conversion, leftOut: left, line } = streamedExpansion(files, options);
  if (conversion.length === 0) {
    yield* locatingLimit(wordBytes(grammar, lexemes, left), files.dicName, line);
    return;
  }
  for (const text of locatingLimit(wordChunks(grammar, lexemes, conversion, left, options.chunkChars ?? CHUNK_CHARS), files.dicName, line)) yield Buffer.from(text, 'utf8');
}
