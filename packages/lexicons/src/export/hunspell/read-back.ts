import { generateRows, type FormRowSink } from '@paradigm/core';
import { compileHunspellGrammar } from '../../hunspell/expand-hunspell';
import { HunspellImportError } from '../../hunspell/hunspell-import-error';
import { parseHunspellEntries } from '../../hunspell/parse-hunspell';

/** The words of one .dic line as the importer reads it, or why it gives none (a generation error). */
export type LineWords = { readonly kind: 'words'; readonly words: readonly string[] } | { readonly kind: 'error'; readonly message: string };

/**
 * Reads written .aff/.dic text back with the Hunspell importer (libhunspell's reading, checked against
 * libhunspell and hunspell-reader) and generates every entry: the words of each .dic line, by line number
 * (a line that makes no entry, such as a word with blanks at its ends, is absent). Empty words are left
 * out, as Hunspell has none.
 *
 * @throws Error when the importer refuses the text: the writer made a file Hunspell cannot read (a bug).
 */
export function readBackWords(aff: string, dic: string): Map<number, LineWords> {
  const files = { aff: Buffer.from(aff, 'utf8'), dic: Buffer.from(dic, 'utf8'), affName: 'exported.aff', dicName: 'exported.dic' };
  let read: ReturnType<typeof parseHunspellEntries>;
  try {
    read = parseHunspellEntries(files, { strict: true });
  } catch (error) {
    if (error instanceof HunspellImportError) throw new Error(`the Hunspell files written do not read back (exporter bug): ${error.message}`);
    throw error;
  }
  const { lexicon, lines } = read;
  const grammar = compileHunspellGrammar(lexicon);
  let words: string[] = [];
  const rows: FormRowSink = {
    add: (_lexemeId, _patternId, _cell, surface) => {
      if (surface !== '') words.push(surface);
    },
  };
  const byLine = new Map<number, LineWords>();
  lexicon.lexemes.forEach((lexeme, index) => {
    words = [];
    const error = generateRows(grammar, lexeme, rows).find((summary) => summary.kind === 'error');
    byLine.set(lines[index]!, error?.kind === 'error' ? { kind: 'error', message: error.error.message } : { kind: 'words', words });
  });
  return byLine;
}
