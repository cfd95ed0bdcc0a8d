import { checkPatternFiles, didYouMean, excerpt, lexemeLabel, splitPatternFile, type Normalization } from '@paradigm/core';
import { scanLexemesTsv } from './lexemes-tsv';
import type { CheckedNativeLexicon, NativeLexeme, NativeLexicon, NativePattern, NativeProblem } from './native-lexicon';

/** The texts of a native lexicon: `.patterns` files and, optionally, one `lexemes.tsv`. */
export interface NativeFiles {
  readonly patternFiles: readonly { readonly file: string; readonly text: string }[];
  readonly lexemes?: { readonly file: string; readonly text: string };
}

/** Options for {@link parseNativeLexicon}. */
export interface NativeOptions {
  readonly normalize?: Normalization;
  /**
   * The patterns already in the database, when loading into it: a lexeme may name them, and the files'
   * patterns are checked with those they do not redefine (a continuation into one is known, a cycle
   * through one is an error). Their own problems are not reported. Without it, a lexeme naming a pattern
   * no file defines is an error.
   */
  readonly storedPatterns?: readonly { readonly name: string; readonly source: string }[];
}

/**
 * Reads a lexicon written in the native format (docs/examples): `.patterns` files in the pattern
 * language and a `lexemes.tsv`. Returns the patterns and lexemes with every problem found, each with
 * file, line and column: all of `checkPatternFiles`' (with the lexemes, so unused patterns are warned
 * about), every malformed lexeme line, and every lexeme naming a pattern that does not exist.
 */
export function parseNativeLexicon(files: NativeFiles, options: NativeOptions = {}): NativeLexicon {
  const checked = checkNativeLexicon(files, options);
  return { patterns: checked.patterns, problems: checked.problems, lexemes: [...checked.lexemes()] };
}

/**
 * {@link parseNativeLexicon} without holding the lexemes: the problems are found in one reading of the
 * lexemes file, and `lexemes()` reads it again, yielding the lexemes one at a time (those without a
 * problem, as `parseNativeLexicon` returns them). What a load of hundreds of thousands of lexemes uses,
 * so that its memory does not grow with the file.
 */
export function checkNativeLexicon(files: NativeFiles, options: NativeOptions = {}): CheckedNativeLexicon {
  const patterns: NativePattern[] = files.patternFiles.flatMap(({ file, text }) =>
    splitPatternFile(text, 1, { normalize: options.normalize }).map((p) => ({ name: p.name, source: p.source, file, line: p.line })),
  );
  const own = new Set(patterns.map((p) => p.name));
  const names = [...new Set([...own, ...(options.storedPatterns ?? []).map((p) => p.name)])];
  const known = new Set(names);
  const tsvProblems: NativeProblem[] = [];
  const unknownProblems: NativeProblem[] = [];
  // Each distinct list of pattern names once: all the unused-pattern check needs of the lexemes.
  const lists = new Map<string, { readonly patterns: readonly string[] }>();
  let lexemeCount = 0;
  if (files.lexemes) {
    for (const lexeme of scanLexemesTsv(files.lexemes.text, files.lexemes.file, (problem) => tsvProblems.push(problem))) {
      const key = lexeme.patterns.join(' ');
      if (!lists.has(key)) lists.set(key, { patterns: lexeme.patterns });
      const unknown = lexeme.patterns.filter((name) => !known.has(name));
      if (unknown.length === 0) lexemeCount++;
      for (const name of unknown) {
        unknownProblems.push({
          severity: 'error', code: 'unknown-pattern', file: files.lexemes.file, line: lexeme.line, column: lexeme.patternsColumn,
          message: `${lexemeLabel(lexeme.id, lexeme.lemma)} takes pattern "${excerpt(name)}", which no file defines${didYouMean(name, names) || '; add the pattern or fix the name'}`,
        });
      }
    }
  }
  const problems: NativeProblem[] = [
    ...checkPatternFiles(files.patternFiles, { normalize: options.normalize, besides: options.storedPatterns, ...(files.lexemes ? { lexemes: lists.values() } : {}) }),
    // The lexemes file's problems in line order, whichever check found them (on one line, in the order found).
    ...[...tsvProblems, ...unknownProblems].sort((a, b) => a.line - b.line),
  ];
  function* lexemes(): Generator<NativeLexeme> {
    if (!files.lexemes) return;
    for (const lexeme of scanLexemesTsv(files.lexemes.text, files.lexemes.file, () => undefined, { idsChecked: tsvProblems.length === 0 })) {
      if (!lexeme.patterns.every((name) => known.has(name))) continue;
      const { line: _line, patternsColumn: _column, ...plain } = lexeme;
      yield plain;
    }
  }
  return { patterns, problems, lexemes, lexemeCount };
}
