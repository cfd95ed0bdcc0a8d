import { checkPatternFiles, didYouMean, splitPatternFile, type Normalization } from '@paradigm/core';
import { parseLexemesTsv } from './lexemes-tsv';
import type { NativeLexeme, NativeLexicon, NativePattern, NativeProblem } from './native-lexicon';

/** The texts of a native lexicon: `.patterns` files and, optionally, one `lexemes.tsv`. */
export interface NativeFiles {
  readonly patternFiles: readonly { readonly file: string; readonly text: string }[];
  readonly lexemes?: { readonly file: string; readonly text: string };
}

/** Options for {@link parseNativeLexicon}. */
export interface NativeOptions {
  readonly normalize?: Normalization;
  /**
   * Pattern names that exist besides the files' own (those already in the database, when loading into
   * it): a lexeme may name them. Without it, a lexeme naming a pattern no file defines is an error.
   */
  readonly knownPatterns?: Iterable<string>;
}

/**
 * Reads a lexicon written in the native format (docs/examples): `.patterns` files in the pattern
 * language and a `lexemes.tsv`. Returns the patterns and lexemes with every problem found, each with
 * file, line and column: all of `checkPatternFiles`' (with the lexemes, so unused patterns are warned
 * about), every malformed lexeme line, and every lexeme naming a pattern that does not exist.
 */
export function parseNativeLexicon(files: NativeFiles, options: NativeOptions = {}): NativeLexicon {
  const tsv = files.lexemes ? parseLexemesTsv(files.lexemes.text, files.lexemes.file) : { lexemes: [], problems: [] };
  const problems: NativeProblem[] = [
    ...checkPatternFiles(files.patternFiles, { normalize: options.normalize, ...(files.lexemes ? { lexemes: tsv.lexemes } : {}) }),
    ...tsv.problems,
  ];
  const patterns: NativePattern[] = files.patternFiles.flatMap(({ file, text }) =>
    splitPatternFile(text, 1, { normalize: options.normalize }).map((p) => ({ name: p.name, source: p.source, file, line: p.line })),
  );
  const names = [...new Set([...patterns.map((p) => p.name), ...(options.knownPatterns ?? [])])];
  const known = new Set(names);
  const lexemes: NativeLexeme[] = [];
  for (const lexeme of tsv.lexemes) {
    const unknown = lexeme.patterns.filter((name) => !known.has(name));
    for (const name of unknown) {
      problems.push({
        severity: 'error', code: 'unknown-pattern', file: files.lexemes!.file, line: lexeme.line, column: lexeme.patternsColumn,
        message: `lexeme ${lexeme.id} "${lexeme.lemma}" takes pattern "${name}", which no file defines${didYouMean(name, names) || '; add the pattern or fix the name'}`,
      });
    }
    const { line: _line, patternsColumn: _column, ...plain } = lexeme;
    if (unknown.length === 0) lexemes.push(plain);
  }
  return { patterns, lexemes, problems };
}
