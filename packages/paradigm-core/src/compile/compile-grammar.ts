import type { PatternError, PatternErrorCode } from '../errors/pattern-error';
import { PatternSyntaxError } from '../errors/pattern-syntax-error';
import type { PatternSource } from '../model/pattern-source';
import type { ParsedPatternSource } from '../syntax/parsed-pattern-source';
import { didYouMean } from '../syntax/did-you-mean';
import { textRules } from '../text/normalization';
import { maxCharsPerLexeme, maxFormsPerLexeme, type CompileOptions } from './compile-options';
import { compileProgram } from './compile-pattern';
import type { CompiledRule, PatternProgram, RootRequirement } from './compiled-pattern';
import { LinkedGrammar, type Grammar } from './grammar';
import { SharedParts } from './shared-parts';

/** What {@link compileGrammar} returns: the patterns that compiled, and why the others did not. */
export interface GrammarResult {
  readonly grammar: Grammar;
  readonly errors: PatternError[];
}

/**
 * Compiles every pattern once and links continuations by name. A pattern that fails is left out and
 * reported in `errors`: syntax errors, duplicate ids or names, a continuation to an unknown pattern,
 * a cycle of continuations (the message names it: `A > B > A`), or a continuation into a pattern that
 * was itself left out. Never throws for bad pattern text.
 *
 * A pattern may come as text or already parsed ({@link ParsedPatternSource}): an importer that builds
 * the syntax tree itself skips writing and reading back the text (fr.aff's 491 classes: about 0.25 s of
 * CPU, cold).
 *
 * `options.normalize` (default `NFC`): with `none`, neither the sources nor, at generation, lexemes
 * are normalised; the grammar carries the setting ({@link Grammar.normalize}).
 *
 * `options.maxFormsPerLexeme` (default 100,000) bounds the forms one lexeme may derive, and
 * `options.maxCharsPerLexeme` (default 100 per form of that, at least 1,000,000) the characters of its
 * forms; the grammar carries both ({@link Grammar.maxFormsPerLexeme}, {@link Grammar.maxCharsPerLexeme}).
 *
 * @throws TypeError when `options.normalize` is neither `NFC` nor `none`, or `options.maxFormsPerLexeme`
 * or `options.maxCharsPerLexeme` is not a positive integer (or Infinity).
 */
export function compileGrammar(patterns: Iterable<PatternSource | ParsedPatternSource>, options: CompileOptions = {}): GrammarResult {
  const text = textRules(options.normalize);
  const limit = maxFormsPerLexeme(options);
  const charLimit = maxCharsPerLexeme(options, limit);
  const errors: PatternError[] = [];
  const programs = new Map<string, PatternProgram>();
  const seenIds = new Map<number, string>();
  const seenNames = new Set<string>();
  const shared = new SharedParts();
  const report = (code: PatternErrorCode, patternId: number, patternName: string, line: number, column: number, message: string): void => {
    errors.push({ code, patternId, patternName, line, column, message });
  };

  for (const source of patterns) {
    const name = text.normalize(source.name);
    const otherName = seenIds.get(source.id);
    if (otherName !== undefined || seenNames.has(name)) {
      const what = otherName !== undefined ? `id ${source.id} is also used by "${otherName}"` : `the name "${name}" is used twice`;
      report('duplicate', source.id, name, 1, 1, `pattern "${name}" (id ${source.id}): ${what}; give every pattern a unique id and name`);
      continue;
    }
    seenIds.set(source.id, name);
    seenNames.add(name);
    try {
      programs.set(name, compileProgram(source, text, shared, options));
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      report('syntax', source.id, name, error.line, error.column, error.message);
    }
  }

  const references = new Map<string, ContinuationName[]>();
  for (const program of programs.values()) references.set(program.name, distinctContinuationNames(program));
  const continuationNamesOf = (program: PatternProgram): ContinuationName[] => references.get(program.name)!;
  for (const program of [...programs.values()]) {
    const next = continuationNamesOf(program).find((reference) => !seenNames.has(reference.name));
    if (!next) continue;
    report('unknown-continuation', program.id, program.name, next.line, next.column,
      `pattern "${program.name}", line ${next.line}, column ${next.column}: continues with "${next.name}", which is not among the patterns; add it or fix the name${didYouMean(next.name, [...seenNames])}`);
    programs.delete(program.name);
  }
  removeCycles(programs, continuationNamesOf, report);
  removeBroken(programs, continuationNamesOf, report);

  // Rules that continue alike share one list (fr.aff: 20 distinct lists over 5,500 rules), found by
  // the names' array first: a parsed source may share one among its rules.
  const lists = new Map<string, readonly PatternProgram[]>();
  const linked = new Map<readonly ContinuationName[], readonly PatternProgram[]>();
  for (const program of programs.values()) {
    for (const rule of program.rules) {
      if (rule.continuationNames.length === 0) continue;
      let list = linked.get(rule.continuationNames);
      if (list === undefined) {
        const key = rule.continuationNames.map((next) => next.name).join(' ');
        list = lists.get(key);
        if (list === undefined) {
          list = rule.continuationNames.map((next) => programs.get(next.name)!);
          lists.set(key, list);
        }
        linked.set(rule.continuationNames, list);
      }
      rule.continuations = list;
    }
  }
  // Each program's continuations, each once, in order of first mention.
  const nextOf = new Map<PatternProgram, PatternProgram[]>();
  for (const program of programs.values()) {
    const next = continuationNamesOf(program).map((reference) => programs.get(reference.name)!);
    nextOf.set(program, next);
    program.continuations = next.length === 0 ? NO_IDS : next.map((target) => target.id);
  }
  linkRequirements(programs.values(), (program) => nextOf.get(program)!);
  return { grammar: new LinkedGrammar(programs.values(), text, limit, charLimit), errors };
}

/** The continuations of every pattern that continues nowhere. */
const NO_IDS: readonly number[] = [];

type Report = (code: PatternErrorCode, id: number, name: string, line: number, column: number, message: string) => void;
type ContinuationName = CompiledRule['continuationNames'][number];

// Every traversal below keeps its own stack or queue instead of recursing: a chain of continuations may
// be as long as the lexicon makes it (a chain of 5,000 patterns overflowed the call stack), and each
// visits every pattern and continuation once.

type NamesOf = (program: PatternProgram) => ContinuationName[];

/**
 * The continuation names of `program`'s rules, each name once (where it is first written): the graph
 * passes below see each edge once instead of once per rule (fr.aff: 5,248 rules continue, 20 distinct
 * lists), and a first mention is what every message names.
 */
function distinctContinuationNames(program: PatternProgram): ContinuationName[] {
  const names: ContinuationName[] = [];
  const seen = new Set<string>();
  const lists = new Set<readonly ContinuationName[]>();
  for (const rule of program.rules) {
    if (lists.has(rule.continuationNames)) continue;
    lists.add(rule.continuationNames);
    for (const next of rule.continuationNames) {
      if (seen.has(next.name)) continue;
      seen.add(next.name);
      names.push(next);
    }
  }
  return names;
}

/** Finds every cycle of continuations (depth-first, in input order) and removes the patterns on it. */
function removeCycles(programs: Map<string, PatternProgram>, continuationNamesOf: NamesOf, report: Report): void {
  const state = new Map<string, 'active' | 'done'>();
  // Each pattern on a cycle, with the cycle's text and the pattern after it on the cycle.
  const onCycle = new Map<string, { cycle: string; next: string }>();
  // The depth-first path, with each pattern's continuations and how many of them were followed.
  const path: string[] = [];
  const depthOf = new Map<string, number>();
  const edges: ContinuationName[][] = [];
  const followed: number[] = [];
  const enter = (name: string): void => {
    state.set(name, 'active');
    depthOf.set(name, path.length);
    path.push(name);
    edges.push(continuationNamesOf(programs.get(name)!));
    followed.push(0);
  };
  for (const start of programs.keys()) {
    if (state.has(start)) continue;
    enter(start);
    while (path.length > 0) {
      const top = path.length - 1;
      if (followed[top] === edges[top].length) {
        state.set(path[top], 'done');
        depthOf.delete(path[top]);
        path.pop();
        edges.pop();
        followed.pop();
        continue;
      }
      const next = edges[top][followed[top]++];
      if (!programs.has(next.name)) continue;
      const seen = state.get(next.name);
      if (seen === 'active') {
        const members = path.slice(depthOf.get(next.name));
        const cycle = [...members, next.name].join(' > ');
        members.forEach((member, k) => {
          if (!onCycle.has(member)) onCycle.set(member, { cycle, next: k + 1 < members.length ? members[k + 1] : next.name });
        });
      } else if (seen === undefined) enter(next.name);
    }
  }
  for (const [name, { cycle, next: target }] of onCycle) {
    const program = programs.get(name)!;
    const reference = continuationNamesOf(program).find((next) => next.name === target)!;
    report('cycle', program.id, name, reference.line, reference.column,
      `pattern "${name}", line ${reference.line}, column ${reference.column}: continuations form a cycle ${cycle}; remove one of these continuations`);
  }
  for (const name of onCycle.keys()) programs.delete(name);
}

/**
 * Removes the patterns that continue, directly or not, into a pattern that was left out: first those
 * naming one directly (in input order), then those continuing into them, and so on outwards.
 */
function removeBroken(programs: Map<string, PatternProgram>, continuationNamesOf: NamesOf, report: Report): void {
  const referrers = new Map<string, PatternProgram[]>();
  for (const program of programs.values()) {
    for (const next of continuationNamesOf(program)) {
      const list = referrers.get(next.name);
      if (list === undefined) referrers.set(next.name, [program]);
      else if (list[list.length - 1] !== program) list.push(program);
    }
  }
  const broken = new Set<string>();
  const queue: PatternProgram[] = [];
  const leaveOut = (program: PatternProgram): void => {
    const reference = continuationNamesOf(program).find((next) => !programs.has(next.name) || broken.has(next.name));
    if (reference === undefined || broken.has(program.name)) return;
    report('broken-continuation', program.id, program.name, reference.line, reference.column,
      `pattern "${program.name}", line ${reference.line}, column ${reference.column}: continues with "${reference.name}", which has errors of its own; fix that pattern first`);
    broken.add(program.name);
    queue.push(program);
  };
  for (const program of programs.values()) leaveOut(program);
  for (let head = 0; head < queue.length; head++) for (const referrer of referrers.get(queue[head].name) ?? []) leaveOut(referrer);
  for (const name of broken) programs.delete(name);
}

/**
 * Sets each program's {@link PatternProgram.rootRequirements}: its own root checks, then those of every
 * pattern reachable through its continuations, each once, in depth-first order. The continuation graph
 * has no cycles by now, so a pattern's list is its own checks followed by its continuations' lists
 * (computed first, children before parents), minus repeats.
 */
function linkRequirements(programs: Iterable<PatternProgram>, nextOf: (program: PatternProgram) => readonly PatternProgram[]): void {
  const done = new Set<PatternProgram>();
  const stack: PatternProgram[] = [];
  const expanded = new Set<PatternProgram>();
  for (const start of programs) {
    if (done.has(start)) continue;
    stack.push(start);
    while (stack.length > 0) {
      const program = stack[stack.length - 1];
      if (done.has(program)) {
        stack.pop();
        continue;
      }
      if (!expanded.has(program)) {
        expanded.add(program);
        for (const next of nextOf(program)) if (!done.has(next)) stack.push(next);
        continue;
      }
      stack.pop();
      program.rootRequirements = mergeRequirements(program, nextOf(program));
      done.add(program);
    }
  }
}

function mergeRequirements(program: PatternProgram, continuations: readonly PatternProgram[]): readonly RootRequirement[] {
  let merged = program.rootRequirements;
  let seen: Set<RootRequirement> | undefined;
  for (const next of continuations) {
    const inherited = next.rootRequirements;
    if (inherited.length === 0) continue;
    if (seen === undefined) {
      merged = [...merged];
      seen = new Set(merged);
    }
    for (const requirement of inherited) {
      if (seen.has(requirement)) continue;
      seen.add(requirement);
      (merged as RootRequirement[]).push(requirement);
    }
  }
  return merged;
}
