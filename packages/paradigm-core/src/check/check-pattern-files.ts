import { compileGrammar } from '../compile/compile-grammar';
import type { CompileOptions } from '../compile/compile-options';
import { patternProblems } from '../compile/compile-pattern';
import type { PatternSource } from '../model/pattern-source';
import { didYouMean } from '../syntax/did-you-mean';
import { NAMELESS, parsePattern } from '../syntax/pattern-parser';
import { splitPatternFile, strayLines, type FilePattern } from '../syntax/pattern-file';
import type { PatternAst } from '../syntax/pattern-ast';
import { SourceProblem } from '../syntax/source-problem';
import { textRules, type TextRules } from '../text/normalization';
import type { CheckProblem } from './check-problem';
import { neverMatchingRules } from './never-matching-rules';
import { reachable } from '../graph/reachable';
import { excerpt } from '../text/quoted-excerpt';

/** A `.patterns` file's text and the label problems name it by (its path, say). */
export interface PatternFileText {
  readonly file: string;
  readonly text: string;
}

/** Options for {@link checkPatternFiles}. */
export interface CheckOptions extends CompileOptions {
  /**
   * The pattern names each lexeme takes. When given, patterns that no lexeme reaches (directly or
   * through continuations) are reported as `unused-pattern` warnings.
   */
  readonly lexemes?: Iterable<{ readonly patterns: readonly string[] }>;
  /**
   * Patterns kept elsewhere (in a database, say) that the files are checked with: a continuation into
   * one is known, a cycle through one is an error. A pattern of the files replaces the one of its name;
   * the problems of these patterns themselves are not reported.
   */
  readonly besides?: readonly { readonly name: string; readonly source: string }[];
}

/** The label of a pattern given `besides` the files: NUL is in no file name, so it names no file. */
const besideLabel = (index: number): string => `\u0000besides:${index}`;

interface Located extends FilePattern {
  readonly file: string;
}

// "pattern "p", line 3, column 4: " and "pattern "p" (id 2): " prefixes: the check gives file positions instead.
const PATTERN_PREFIX = /^pattern "(?:[^"\\]|\\.)*"(?:, line \d+, column \d+| \(id \d+\))?: /u;

/**
 * Parses and compiles `.patterns` files and returns every problem, errors and warnings, each with
 * its file, line, column and a fix, in file order: text before the first header (a misspelt
 * `patern`), every line of every pattern that does not parse, each rule that means nothing, duplicate
 * names, continuations to unknown patterns (with "did you mean"), cycles; warnings for rules that can
 * never apply and, given `options.lexemes`, patterns no lexeme uses. An empty list means the files
 * load as they are. Never throws for bad text.
 *
 * @example
 * ```ts
 * checkPatternFiles([{ file: 'a.patterns', text: 'patern p\nrule => X' }]);
 * // [{ severity: 'error', code: 'stray-line', file: 'a.patterns', line: 1, column: 1,
 * //    message: 'unknown line "patern" before the first pattern header; did you mean "pattern"?' }]
 * ```
 */
export function checkPatternFiles(files: readonly PatternFileText[], options: CheckOptions = {}): CheckProblem[] {
  if (options.besides !== undefined && options.besides.length > 0) {
    const own = new Set(files.flatMap(({ text }) => splitPatternFile(text, 1, options).map((pattern) => pattern.name)));
    const beside = options.besides.filter((pattern) => !own.has(pattern.name)).map((pattern, index) => ({ file: besideLabel(index), text: pattern.source }));
    const labels = new Set(beside.map((pattern) => pattern.file));
    return checkPatternFiles([...files, ...beside], { ...options, besides: undefined }).filter((problem) => !labels.has(problem.file));
  }
  const text = textRules(options.normalize);
  const problems: CheckProblem[] = [];
  const sources: Located[] = [];
  const byName = new Map<string, Located>();
  const failed = new Set<string>();
  /** The lines (of its source) of each pattern's syntax errors. */
  const badLines = new Map<Located, Set<number>>();
  for (const { file, text: content } of files) {
    // Only the first: the lines after it are what it would have headed.
    const [stray, ...more] = strayLines(content);
    if (stray) {
      const rest = more.length === 0 ? '' : ` (with the ${more.length} line${more.length === 1 ? '' : 's'} after it, it belongs to no pattern)`;
      // `pattern` itself, with no valid name after it, is a header that lacks its name, not a misspelling.
      const message =
        stray.word === 'pattern'
          ? `expected ${NAMELESS}${rest}`
          : `unknown line "${excerpt(stray.word)}" before the first pattern header${didYouMean(stray.word, ['pattern']) || '; start a pattern with "pattern NAME", or make the line a # comment'}${rest}`;
      problems.push({ severity: 'error', code: 'stray-line', file, line: stray.line, column: stray.column, message });
    }
    for (const pattern of splitPatternFile(content, sources.length + 1, options)) {
      const located = { ...pattern, file };
      const first = byName.get(pattern.name);
      if (first) {
        problems.push({
          severity: 'error', code: 'duplicate', file, line: pattern.line, column: 1, patternName: pattern.name,
          message: `pattern "${pattern.name}" is defined twice (first at ${first.file}:${first.line}); rename one of them`,
        });
      } else {
        byName.set(pattern.name, located);
        sources.push(located);
      }
      // A second definition's lines are checked too: renaming it should not reveal errors one by one.
      for (const error of patternProblems(pattern, text)) {
        failed.add(pattern.name);
        if (!badLines.has(located)) badLines.set(located, new Set());
        badLines.get(located)!.add(error.line);
        problems.push({ severity: 'error', code: 'syntax', ...at(located, error.line, error.column), message: error.detail });
      }
    }
  }
  for (const error of compileGrammar(sources, options).errors) {
    if (error.code === 'syntax' || error.code === 'duplicate') continue;
    const located = byName.get(error.patternName)!;
    problems.push({ severity: 'error', code: error.code, ...at(located, error.line, error.column), message: error.message.replace(PATTERN_PREFIX, '') });
  }
  if (badLines.size > 0) problems.push(...besideSyntaxErrors(sources, badLines, byName, problems, options));
  const trees = new Map<string, PatternAst>();
  for (const source of sources) {
    const ast = partialTree(source, text);
    if (ast) trees.set(source.name, ast);
    if (!ast || failed.has(source.name)) continue;
    for (const rule of neverMatchingRules(ast)) problems.push({ severity: 'warning', code: 'never-matches', ...at(source, rule.line, rule.column), message: rule.message });
  }
  if (options.lexemes) for (const unused of unusedPatterns(sources, trees, options.lexemes, text.normalize)) problems.push(unused);
  return problems.sort((a, b) => fileOrder(files, a.file) - fileOrder(files, b.file) || a.line - b.line || a.column - b.column);
}

/**
 * A pattern with a syntax error is left out of the grammar, so the cycles and unknown continuations of
 * its other lines would show only once that error is fixed, one check later: the grammar is compiled
 * again with the lines of the syntax errors blanked, and those of its problems not found already are
 * added.
 */
function besideSyntaxErrors(
  sources: readonly Located[],
  badLines: ReadonlyMap<Located, ReadonlySet<number>>,
  byName: ReadonlyMap<string, Located>,
  found: readonly CheckProblem[],
  options: CompileOptions,
): CheckProblem[] {
  const key = (problem: CheckProblem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
  const known = new Set(found.map(key));
  const repaired = sources.map((source) => {
    const bad = badLines.get(source);
    if (bad === undefined) return source;
    return { ...source, source: source.source.split('\n').map((line, index) => (bad.has(index + 1) ? '' : line)).join('\n') };
  });
  const added: CheckProblem[] = [];
  for (const error of compileGrammar(repaired, options).errors) {
    if (error.code !== 'cycle' && error.code !== 'unknown-continuation') continue;
    const problem: CheckProblem = { severity: 'error', code: error.code, ...at(byName.get(error.patternName)!, error.line, error.column), message: error.message.replace(PATTERN_PREFIX, '') };
    if (!known.has(key(problem))) {
      known.add(key(problem));
      added.push(problem);
    }
  }
  return added;
}

function at(pattern: Located, line: number, column: number): Pick<CheckProblem, 'file' | 'line' | 'column' | 'patternName'> {
  return { file: pattern.file, line: pattern.line + line - 1, column, patternName: pattern.name };
}

function fileOrder(files: readonly PatternFileText[], file: string): number {
  return files.findIndex((f) => f.file === file);
}

/** The syntax tree of the lines that parse (undefined when even the header does not). */
function partialTree(source: PatternSource, text: TextRules): PatternAst | undefined {
  try {
    return parsePattern(text.normalize(source.source), text, []);
  } catch (problem) {
    if (problem instanceof SourceProblem) return undefined;
    throw problem;
  }
}

/** Patterns no lexeme reaches, directly or through the continuations of one it takes. */
function unusedPatterns(
  sources: readonly Located[],
  trees: ReadonlyMap<string, PatternAst>,
  lexemes: Iterable<{ readonly patterns: readonly string[] }>,
  normalize: (text: string) => string,
): CheckProblem[] {
  const next = new Map<string, string[]>();
  for (const [name, ast] of trees) next.set(name, ast.rules.flatMap((rule) => rule.continuations.map((c) => c.name)));
  const roots: string[] = [];
  for (const lexeme of lexemes) for (const name of lexeme.patterns) roots.push(normalize(name));
  const used = reachable(roots, (name) => next.get(name) ?? []);
  return sources
    .filter((source) => !used.has(source.name))
    .map((source) => ({
      severity: 'warning' as const, code: 'unused-pattern' as const, file: source.file, line: source.line, column: 1, patternName: source.name,
      message: `no lexeme takes pattern "${source.name}", directly or through a continuation; give it to a lexeme or remove it`,
    }));
}
