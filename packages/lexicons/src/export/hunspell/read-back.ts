import { generateRows, narrowGrammar, type FormRowSink, type Grammar } from '@paradigm/core';
import { compileHunspellGrammar } from '../../hunspell/expand-hunspell';
import { HunspellImportError } from '../../hunspell/hunspell-import-error';
import { type HunspellAffixReader, parseHunspellAffix } from '../../hunspell/parse-hunspell';

/** The words of one .dic line as the importer reads it, or why it gives none (a generation error). */
export type LineWords = { readonly kind: 'words'; readonly words: readonly string[] } | { readonly kind: 'error'; readonly message: string };

/** Words only: no cell is read back. */
const WORDS_ONLY = { cells: false } as const;

const AFF_NAME = 'exported.aff';
const DIC_NAME = 'exported.dic';

/** An importer refusal of written text, as the exporter bug it is. */
function notReadBack(error: unknown): unknown {
  return error instanceof HunspellImportError ? new Error(`the Hunspell files written do not read back (exporter bug): ${error.message}`) : error;
}

/**
 * The ids of the patterns a .dic line written against the .aff can take: every word pattern, and the
 * classes the entries take (a line's flags are those of one of the entries). Of the patterns the importer
 * makes of an .aff, some are reached from none of these (level copies of a class that no entry's
 * derivation reaches); the read-back keeps those reached (`narrowGrammar`): on hu_HU's sample of every
 * tenth lexeme, 1,702 of its 1,918 patterns, and 11 MB less of live heap through the second reading.
 */
function reachable(reader: HunspellAffixReader, entries: Uint8Array): Set<number> {
  const ids = new Set<number>();
  for (let id = 1; id <= reader.wordPatterns; id++) ids.add(id);
  for (const lexeme of reader.entries(entries).lexemes) for (const id of lexeme.patterns) ids.add(id);
  return ids;
}

/**
 * Reads written .dic text back against one written .aff with the Hunspell importer (libhunspell's reading,
 * checked against libhunspell and hunspell-reader), and generates every entry. The .aff is read and its
 * patterns compiled once, for every .dic part read back against it; `entries` is a .dic of one line per
 * distinct entry the parts may hold (its word patterns, one per set of morphological fields, are made
 * from it). A line generates at most `maxForms` words (the writer's limit): past it, it reads back as an error.
 *
 * @throws Error when the importer refuses the text: the writer made a file Hunspell cannot read (a bug).
 */
export class ReadBack {
  /** The reader's `entries`, without its patterns: their text is let go once compiled. */
  private readonly entries: HunspellAffixReader['entries'];
  private readonly grammar: Grammar;

  constructor(aff: Uint8Array, entries: string, maxForms: number) {
    try {
      const entriesDic = Buffer.from(entries, 'utf8');
      const reader = parseHunspellAffix({ aff, dic: entriesDic, affName: AFF_NAME, dicName: DIC_NAME }, { strict: true });
      // Each pattern compiled as it is made.
      const grammar = compileHunspellGrammar({ patterns: reader.patterns, source: `${AFF_NAME} + ${DIC_NAME}` }, maxForms);
      this.grammar = narrowGrammar(grammar, reachable(reader, entriesDic));
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
