// Helpers for the Hunspell export tests: an imported dictionary handed to the exporter as the database
// hands it (patterns by name), the words the worker would store for a lexicon, and the files on disk.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammar, generateRows, type PatternSource } from '@paradigm/core';
import { formatHunspell, type HunspellExport, type HunspellExportOptions, type ImportedLexicon } from '../../src';

/** `lexicon` exported as `export hunspell` exports it once stored: patterns in id order, lexemes naming them. */
export function exportImported(lexicon: ImportedLexicon, options: HunspellExportOptions = {}): HunspellExport {
  const names = new Map(lexicon.patterns.map((pattern) => [pattern.id, pattern.name]));
  return formatHunspell(
    lexicon.patterns.map(({ name, source }) => ({ name, source })),
    lexicon.lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) })),
    options,
  );
}

/**
 * Every non-empty word paradigm-core generates for the lexemes, compiled as the worker compiles stored
 * patterns (default options, NFC), a lexeme whose generation fails giving none: the distinct surfaces of
 * the forms table after a recompute.
 */
export function storedWords(patterns: readonly PatternSource[], lexemes: ImportedLexicon['lexemes']): Set<string> {
  const { grammar } = compileGrammar(patterns);
  const words = new Set<string>();
  let lexemeWords: string[] = [];
  const rows = { add: (_lexemeId: number, _patternId: number, _cell: string, surface: string) => void lexemeWords.push(surface) };
  for (const lexeme of lexemes) {
    lexemeWords = [];
    if (generateRows(grammar, lexeme, rows).some((summary) => summary.kind === 'error')) continue;
    for (const word of lexemeWords) if (word !== '') words.add(word);
  }
  return words;
}

/** Writes the export as DIR/NAME.aff and DIR/NAME.dic. */
export function writeExport(dir: string, name: string, result: HunspellExport): { aff: string; dic: string } {
  const paths = { aff: join(dir, `${name}.aff`), dic: join(dir, `${name}.dic`) };
  writeFileSync(paths.aff, result.aff);
  writeFileSync(paths.dic, result.dic);
  return paths;
}
