import { didYouMean, explainUnstorable, firstUnstorable, excerpt, LARGEST_LEXEME_ID } from '@paradigm/core';
import type { NativeLexeme, NativeProblem } from './native-lexicon';

/** A lexeme with the line it is on and the column of its `patterns` field (for later problems). */
export interface LocatedLexeme extends NativeLexeme {
  readonly line: number;
  readonly patternsColumn: number;
}

/** The columns of `lexemes.tsv`; `id`, `lemma` and `patterns` are required, the others may be left out. */
export const LEXEME_COLUMNS = ['id', 'lemma', 'stem', 'root', 'gloss', 'patterns'] as const;
const REQUIRED = ['id', 'lemma', 'patterns'];

/**
 * Parses a `lexemes.tsv` text: a header line naming the columns (any order, see {@link LEXEME_COLUMNS}),
 * then one lexeme per line, fields separated by tabs. Empty fields take the defaults (stem and gloss:
 * the lemma; no root). `root` is radicals joined by `-` (`k-t-b`); `patterns` is pattern names
 * separated by spaces. Lines that are empty or start with `#` are skipped. Every problem is reported
 * (with `file`, line and column), not only the first; lexemes with a problem are left out.
 */
export function parseLexemesTsv(text: string, file: string): { lexemes: LocatedLexeme[]; problems: NativeProblem[] } {
  const problems: NativeProblem[] = [];
  const lexemes = [...scanLexemesTsv(text, file, (problem) => problems.push(problem))];
  return { lexemes, problems };
}

/** Options of {@link scanLexemesTsv}. */
export interface ScanLexemesOptions {
  /**
   * The text was scanned before without a problem, so no id repeats: the scan does not keep every id it
   * has seen (the one thing it would hold for the whole file, which grows with it).
   */
  readonly idsChecked?: boolean;
}

/**
 * {@link parseLexemesTsv} one lexeme at a time: yields each lexeme without a problem, in file order,
 * and tells `report` of every problem as its line is read. A caller that only checks, or loads in
 * chunks, holds one lexeme at a time instead of the whole list.
 */
export function* scanLexemesTsv(text: string, file: string, report: (problem: NativeProblem) => void, options: ScanLexemesOptions = {}): Generator<LocatedLexeme> {
  let problemsOnLine = 0;
  const problem = (line: number, column: number, message: string): void => {
    problemsOnLine++;
    report({ severity: 'error', code: 'lexeme', file, line, column, message });
  };
  const lines = linesOf(text);
  let header: string[] | undefined;
  let headerLine = 0;
  for (const { line, text: content } of lines) {
    if (content.trim() === '' || content.startsWith('#')) continue;
    header = content.split('\t');
    headerLine = line;
    break;
  }
  if (header === undefined) {
    problem(1, 1, `the file has no header line; start it with the column names, e.g. ${LEXEME_COLUMNS.join('<TAB>')}`);
    return;
  }
  const columns = new Map<string, number>();
  let column = 1;
  header.forEach((name, index) => {
    if (!(LEXEME_COLUMNS as readonly string[]).includes(name))
      problem(headerLine, column, `unknown column "${name}"${didYouMean(name, LEXEME_COLUMNS) || `; the columns are ${LEXEME_COLUMNS.join(', ')}`}`);
    else if (columns.has(name)) problem(headerLine, column, `the column "${name}" appears twice; keep one`);
    else columns.set(name, index);
    column += Array.from(name).length + 1;
  });
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) problem(headerLine, 1, `the header has no ${missing.map((m) => `"${m}"`).join(', ')} column; add ${missing.length === 1 ? 'it' : 'them'} (separated by tabs)`);
  if (problemsOnLine > 0) return;

  // Each id's line, to name the first when it repeats (not kept when an earlier scan checked the ids).
  const seen = options.idsChecked ? undefined : new Map<number, number>();
  for (const { line, text } of lines) {
    if (text.trim() === '' || text.startsWith('#')) continue;
    problemsOnLine = 0;
    // A NUL fails the whole load in the database (PostgreSQL's text cannot hold it): say where it is.
    const unstorable = firstUnstorable(text);
    if (unstorable >= 0) {
      problem(line, Array.from(text.slice(0, unstorable)).length + 1, `the line holds ${explainUnstorable(text.codePointAt(unstorable)!)}`);
      continue;
    }
    const fields = text.split('\t');
    if (fields.length !== header.length) {
      problem(line, 1, `${fields.length} field${fields.length === 1 ? '' : 's'} where the header has ${header.length}; separate fields with one tab each (leave a field empty, not out)`);
      continue;
    }
    const columnOf = (name: string): number => fields.slice(0, columns.get(name)!).reduce((at, field) => at + Array.from(field).length + 1, 1);
    const field = (name: string): string => (columns.has(name) ? fields[columns.get(name)!] : '');
    const idText = field('id');
    const id = Number(idText);
    if (!/^[1-9][0-9]*$/.test(idText)) problem(line, columnOf('id'), `the id "${excerpt(idText)}" is not a positive whole number; give each lexeme a unique id such as 1, 2, 3`);
    else if (id > LARGEST_LEXEME_ID) problem(line, columnOf('id'), `the id ${idText} is larger than ${LARGEST_LEXEME_ID}, the largest id the database holds; give each lexeme a unique id such as 1, 2, 3`);
    else if (seen?.has(id)) problem(line, columnOf('id'), `the id ${id} is also on line ${seen.get(id)}; give each lexeme its own id`);
    else seen?.set(id, line);
    const lemma = field('lemma');
    if (lemma === '') problem(line, columnOf('lemma'), 'the lemma is empty; write the citation form');
    const rootText = field('root');
    const root = rootText === '' ? undefined : rootText.split('-');
    if (root?.some((radical) => radical === '')) problem(line, columnOf('root'), `the root "${rootText}" has an empty radical; write radicals joined by single dashes, e.g. k-t-b`);
    const patterns = field('patterns').split(' ').filter((name) => name !== '');
    if (patterns.length === 0) problem(line, columnOf('patterns'), 'the lexeme takes no pattern; list pattern names separated by spaces');
    const repeated = firstRepeated(field('patterns'));
    if (repeated !== undefined)
      problem(line, columnOf('patterns') + repeated.offset, `the pattern "${repeated.name}" is listed twice; list each pattern once (twice would store each of its forms twice)`);
    if (problemsOnLine > 0) continue;
    const stem = field('stem');
    const gloss = field('gloss');
    yield {
      id, lemma, patterns, line, patternsColumn: columnOf('patterns'),
      ...(stem !== '' ? { stem } : {}), ...(root ? { root } : {}), ...(gloss !== '' ? { gloss } : {}),
    };
  }
}

/** The lines of `text` (split at \r\n, \n or \r) with their 1-based numbers, read as the loop asks: resumable. */
function linesOf(text: string): IterableIterator<{ line: number; text: string }> {
  const breaks = /\r\n|\n|\r/g;
  let at = 0;
  let line = 0;
  let done = false;
  const iterator: IterableIterator<{ line: number; text: string }> = {
    [Symbol.iterator]: () => iterator,
    next: () => {
      if (done) return { done: true, value: undefined };
      line++;
      const found = breaks.exec(text);
      if (found === null) {
        done = true;
        return { done: false, value: { line, text: text.slice(at) } };
      }
      const value = { line, text: text.slice(at, found.index) };
      at = found.index + found[0].length;
      return { done: false, value };
    },
  };
  return iterator;
}

/** The first pattern name in a space-separated list that repeats an earlier one, with its offset in characters. */
function firstRepeated(list: string): { name: string; offset: number } | undefined {
  const seen = new Set<string>();
  let offset = 0;
  for (const name of list.split(' ')) {
    if (name !== '' && seen.has(name)) return { name, offset };
    seen.add(name);
    offset += Array.from(name).length + 1;
  }
  return undefined;
}
