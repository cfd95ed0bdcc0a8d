import { generateRows, parsePatternSource, reachable, type FormRowSink, type Grammar, type ParsedPatternSource, type PatternSource } from '@paradigm/core';
import { compileHunspellGrammar } from '../../hunspell/expand-hunspell';
import { HunspellImportError } from '../../hunspell/hunspell-import-error';
import { type HunspellAffixReader, type HunspellFiles, type ParsedAffix, parseHunspellAffix, readHunspellAffix } from '../../hunspell/parse-hunspell';

/** The words of one .dic line as the importer reads it, or why it gives none (a generation error). */
export type LineWords = { readonly kind: 'words'; readonly words: readonly string[] } | { readonly kind: 'error'; readonly message: string };

/** The importer's reading that refuses what libhunspell would read past: the exporter writes no such text. */
const STRICT = { strict: true } as const;

/** Words only: no cell is read back. */
const WORDS_ONLY = { cells: false } as const;

const AFF_NAME = 'exported.aff';
const DIC_NAME = 'exported.dic';

/** An importer refusal of written text, as the exporter bug it is. */
function notReadBack(error: unknown): unknown {
  return error instanceof HunspellImportError ? new Error(`the Hunspell files written do not read back (exporter bug): ${error.message}`) : error;
}

/**
 * The ids of the patterns a .dic line written against the .aff can take: every word pattern, the classes
 * the entries take (a line's flags are those of one of the entries), and the patterns these continue
 * into. Of the patterns the importer makes of an .aff, some are reached from none of these (level copies
 * of a class that no entry's derivation reaches): of hu_HU's whole .aff, 109,774 rules of 241,365. Found
 * by a reading of the .aff's classes of its own (from the .aff `parsed` once for both readings) that
 * looks at each pattern's syntax tree for its continuations and keeps nothing else, so that only these
 * are compiled: compiling every pattern and then keeping these would take the heap past the second
 * reading's steady state, the others' compiled rules waiting for the collector (hu_HU's sample of every
 * tenth lexeme: 266 MB against 222 MB, side by side).
 */
function reachablePatterns(files: HunspellFiles, parsed: ParsedAffix): Set<number> {
  const reader = parseHunspellAffix(files, STRICT, parsed);
  const idOf = new Map<string, number>();
  const continued = new Map<number, string[]>();
  for (const pattern of reader.patterns) {
    idOf.set(pattern.name, pattern.id);
    const names = new Set<string>();
    const { rules } = 'ast' in pattern ? pattern.ast : parsePatternSource(pattern.source, { normalize: 'none' });
    for (const rule of rules) for (const next of rule.continuations) names.add(next.name);
    if (names.size > 0) continued.set(pattern.id, [...names]);
  }
  const roots: number[] = [];
  for (let id = 1; id <= reader.wordPatterns; id++) roots.push(id);
  for (const lexeme of reader.entries(files.dic).lexemes) roots.push(...lexeme.patterns);
  return reachable(roots, function* (id) {
    for (const name of continued.get(id) ?? []) {
      const next = idOf.get(name);
      if (next !== undefined) yield next;
    }
  });
}

/** The patterns of `ids`, in their order. */
function* onlyOf<P extends PatternSource | ParsedPatternSource>(patterns: Iterable<P>, ids: ReadonlySet<number>): Generator<P> {
  for (const pattern of patterns) if (ids.has(pattern.id)) yield pattern;
}

/**
 * Reads written .dic text back against one written .aff with the Hunspell importer (libhunspell's reading,
 * checked against libhunspell and hunspell-reader), and generates every entry. The .aff is parsed once and
 * its classes read twice (the first time for the patterns a line can reach, {@link reachablePatterns}),
 * and those patterns compiled once, for every .dic part read back against it; `entries` is a .dic of one
 * line per distinct entry the parts may hold (its word patterns, one per set of morphological fields, are
 * made from it). A line generates at most `maxForms` words (the writer's limit): past it, it reads back
 * as an error.
 *
 * @throws Error when the importer refuses the text: the writer made a file Hunspell cannot read (a bug).
 */
export class ReadBack {
  /** The reader's `entries`, without its patterns: their text is let go once compiled. */
  private readonly entries: HunspellAffixReader['entries'];
  private readonly grammar: Grammar;

  constructor(aff: Uint8Array, entries: string, maxForms: number) {
    try {
      const files: HunspellFiles = { aff, dic: Buffer.from(entries, 'utf8'), affName: AFF_NAME, dicName: DIC_NAME };
      // Parsed once for both readings: the table of its rules is kept between them rather than made again.
      const parsed = readHunspellAffix(files, STRICT);
      const reached = reachablePatterns(files, parsed);
      const reader = parseHunspellAffix(files, STRICT, parsed);
      // Each pattern compiled as it is made.
      this.grammar = compileHunspellGrammar({ patterns: onlyOf(reader.patterns, reached), source: `${AFF_NAME} + ${DIC_NAME}` }, maxForms);
      this.entries = reader.entries;
    } catch (error) {
      throw notReadBack(error);
    }
  }

  /**
   * The words of each line of `dic`, by line number (a line that makes no entry, such as a word with
   * blanks at its ends, is absent). Empty words are left out, as Hunspell has none.
   */
  words(dic: string): Map<number, LineWords> {
    let read: ReturnType<HunspellAffixReader['entries']>;
    try {
      read = this.entries(Buffer.from(dic, 'utf8'));
    } catch (error) {
      throw notReadBack(error);
    }
    let words: string[] = [];
    const rows: FormRowSink = {
      add: (_lexemeId, _patternId, _cell, surface) => {
        if (surface !== '') words.push(surface);
      },
    };
    const byLine = new Map<number, LineWords>();
    read.lexemes.forEach((lexeme, index) => {
      words = [];
      const error = generateRows(this.grammar, lexeme, rows, WORDS_ONLY).find((summary) => summary.kind === 'error');
      byLine.set(read.lines[index]!, error?.kind === 'error' ? { kind: 'error', message: error.error.message } : { kind: 'words', words });
    });
    return byLine;
  }
}
