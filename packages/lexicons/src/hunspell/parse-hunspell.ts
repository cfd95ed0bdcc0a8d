import { parseAffFile } from './aff-file';
import type { Lexeme, ParsedPatternSource, PatternSource } from '@paradigm/core';
import { type BuiltLexicon, buildLexicon, buildStreamedLexicon, eachAffixPatternTree, readDicLexemes } from './build-lexicon';
import { dicEntries, dicReading } from './dic-file';
import { eachNumberedPattern } from './dic-lexemes';
import type { HunspellLexicon, StreamedHunspellLexicon } from './hunspell-lexicon';
import type { HunspellWarning } from './hunspell-model';
import { byteString, cutShortEnds, declaredEncoding, fieldDecoder } from './text-encoding';

/** The raw bytes of an .aff/.dic pair and the names to cite in errors. */
export interface HunspellFiles {
  /** The .aff file's bytes: bytes, not text, because its `SET` decides how both files decode. */
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
  readonly affName: string;
  readonly dicName: string;
}

/** Import options. */
export interface HunspellImportOptions {
  /**
   * `false` (default): read the files as libhunspell does: flags nothing defines are ignored (listed in
   * `ignoredFlags`), a class whose count disagrees with its rules ends the .aff as for libhunspell, and a
   * `FLAG long` field of an odd number of bytes loses its last byte (both listed in `warnings`). `true`:
   * each is a {@link HunspellImportError}.
   */
  readonly strict?: boolean;
}

/**
 * Imports a Hunspell dictionary into the pattern language: every `PFX`/`SFX` class becomes a pattern
 * (`pfx:FLAG`, `sfx:FLAG`), every .dic entry a lexeme taking its classes plus the `word` pattern (the entry
 * itself) unless it is `NEEDAFFIX`. Both files are read completely before the lexicon is returned, so an
 * error ({@link HunspellImportError}, naming file and line) comes before anything is stored.
 *
 * @example
 * const lexicon = parseHunspell({ aff, dic, affName: 'en_US.aff', dicName: 'en_US.dic' });
 */
export function parseHunspell(files: HunspellFiles, options: HunspellImportOptions = {}): HunspellLexicon {
  return parse(files, options, false).lexicon;
}

/**
 * {@link parseHunspell}, also giving the .dic line each lexeme was read from (`lines[i]` for
 * `lexicon.lexemes[i]`): blank lines and entries with no word make no lexeme, so a caller that wrote the
 * .dic finds its entries by line.
 */
export function parseHunspellEntries(files: HunspellFiles, options: HunspellImportOptions = {}): { lexicon: HunspellLexicon; lines: readonly number[] } {
  return parse(files, options, true);
}

/** The .dic is parsed as it is built into lexemes: no array of every entry is held beside them. */
function parse(files: HunspellFiles, options: HunspellImportOptions, withLines: boolean): BuiltLexicon {
  const { aff, entries, policy, dicWarnings } = readFiles(files, options);
  const { lexicon, lines } = buildLexicon(aff, entries(true), files, policy, withLines);
  return { lexicon: { ...lexicon, warnings: [...lexicon.warnings, ...dicWarnings] }, lines };
}

/**
 * {@link parseHunspell} for an import of a dictionary of any size: the files are read whole (so an error
 * is thrown here, before anything is stored), but the lexemes are parsed from the .dic again each time
 * they are iterated instead of held ({@link StreamedHunspellLexicon}); the .dic's bytes are held.
 */
export function parseHunspellStreamed(files: HunspellFiles, options: HunspellImportOptions = {}): StreamedHunspellLexicon {
  const { aff, entries, policy, dicWarnings } = readFiles(files, options);
  const lexicon = buildStreamedLexicon(aff, entries, files, policy);
  return { ...lexicon, warnings: [...lexicon.warnings, ...dicWarnings] };
}

/** The .aff read, and a reader of the .dic's entries whose first reading records the .dic's warnings. */
function readFiles(files: HunspellFiles, options: HunspellImportOptions) {
  const { aff, decode, reading, policy } = readAff(files, options);
  const dicWarnings: HunspellWarning[] = [];
  const warn = policy === 'error' ? undefined : (warning: HunspellWarning): void => void dicWarnings.push(warning);
  const dic = byteString(files.dic, files.dicName);
  // One table of flag fields for every reading: the field arrays are the keys of what each set means.
  const flagFields = new Map<string, readonly string[]>();
  // The reader keeps the .dic's text, not `files`: the bytes of both files (Hunspell ko's .aff: 11 MB)
  // would stay alive as long as the lexemes are read.
  const dicName = files.dicName;
  const entries = (first: boolean) => dicEntries(dic, reading, decode, dicName, true, first ? warn : ignoreWarning, flagFields);
  return { aff, entries, dicWarnings, policy };
}

/** The .aff read, the decoder of both files' fields, and what reading the .dic takes from the .aff. */
function readAff(files: HunspellFiles, options: HunspellImportOptions) {
  const { set, line } = declaredEncoding(files.aff);
  const origin = line > 0 ? `${files.affName}:${line}` : 'the default when an .aff has no SET';
  const decode = fieldDecoder(set, origin, files.affName, cutShortEnds(files));
  const strict = options.strict ?? false;
  const aff = parseAffFile(byteString(files.aff, files.affName), set, decode, files.affName, strict);
  // Nor the .aff's rules: the patterns are made from them once, and the lexemes read again after.
  return { aff, decode, reading: dicReading(aff), policy: strict ? ('error' as const) : ('ignore' as const) };
}

/**
 * An .aff parsed, for one or more {@link parseHunspellAffix} readers of it (each reads the classes into
 * patterns of its own, and none changes it): a caller that reads the same .aff twice parses it once.
 */
export type ParsedAffix = ReturnType<typeof readAff>;

/** Parses `files.aff` as {@link parseHunspellAffix} would. @throws {@link HunspellImportError} for an .aff the importer refuses. */
export function readHunspellAffix(files: HunspellFiles, options: HunspellImportOptions = {}): ParsedAffix {
  return readAff(files, options);
}

/** One .aff read once, for the .dic texts written against it ({@link parseHunspellAffix}). */
export interface HunspellAffixReader {
  /**
   * The patterns, as {@link parseHunspellEntries} gives them for the .dic the reader was made with (the
   * classes as the syntax trees of that text: not written only to be parsed back), made as they are
   * iterated (once, before {@link entries}): compiled as they come, each one's tree goes while it is young.
   *
   * @throws {@link HunspellImportError} as it is iterated, for a class the importer refuses.
   */
  readonly patterns: Iterable<PatternSource | ParsedPatternSource>;
  /** A .dic's lexemes (ids from 1) with pattern ids of {@link patterns}, and the line of each, as {@link parseHunspellEntries} gives them. */
  entries(dic: Uint8Array): { lexemes: Lexeme[]; lines: number[] };
  /** How many word patterns there are (one per set of morphological fields of `files.dic`, `word` first): their ids are 1 to this. */
  readonly wordPatterns: number;
}

/**
 * Reads an .aff once for many .dic texts written against it, each named `files.dicName` in errors: a writer
 * that reads its .dic back in parts (the Hunspell export) makes and compiles the patterns once, not once a
 * part (hu_HU's 136,000 rules). The patterns are those of `files.dic`, a .dic whose entries carry every
 * set of morphological fields (each makes a word pattern) that the .dic texts read after carry. Forbidden
 * words and homonyms, and conversions, are not read.
 *
 * @throws {@link HunspellImportError} for an .aff or a .dic the importer refuses (a class of the .aff, as
 *   the patterns are iterated); `Error` for an entry whose morphological fields `files.dic` has no entry with.
 */
export function parseHunspellAffix(files: HunspellFiles, options: HunspellImportOptions = {}, parsed: ParsedAffix = readHunspellAffix(files, options)): HunspellAffixReader {
  const { dicName } = files;
  const { aff, reading, decode, policy } = parsed;
  const flagFields = new Map<string, readonly string[]>();
  const warn = policy === 'error' ? undefined : ignoreWarning;
  // Reads with what the .dic takes from the .aff: the reader keeps neither the .aff's rules nor the patterns' trees.
  const entries = (dic: Uint8Array) => dicEntries(byteString(dic, dicName), reading, decode, dicName, true, warn, flagFields);
  const { dicLexemes, unknown } = readDicLexemes(aff, entries(files.dic), files, policy);
  const patterns = eachNumberedPattern(dicLexemes, eachAffixPatternTree(aff, files.affName, unknown), (classIds) => dicLexemes.assignIds(classIds));
  return {
    patterns,
    wordPatterns: dicLexemes.wordPatternCount,
    entries(dic) {
      if (!dicLexemes.numbered) throw new Error('parseHunspellAffix: iterate the patterns before reading entries (they give the entries their pattern ids)');
      const lexemes: Lexeme[] = [];
      const lines: number[] = [];
      for (const entry of entries(dic)) {
        if (!dicLexemes.hasWordPatternOf(entry)) throw new Error(`${dicName}:${entry.line}: morphological fields that no entry of the .dic the reader was made with carries`);
        lexemes.push(dicLexemes.lexemeNow(entry, lexemes.length));
        lines.push(entry.line);
      }
      return { lexemes, lines };
    },
  };
}

/** A warning of a reading after the first, which told of it already. */
function ignoreWarning(): void {}
