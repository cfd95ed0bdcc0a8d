import type { PatternError, PatternErrorCode } from '../errors/pattern-error';
import { PatternSyntaxError } from '../errors/pattern-syntax-error';
import type { PatternSource } from '../model/pattern-source';
import { textRules } from '../text/normalization';
import type { CompileOptions } from './compile-options';
import { compileProgram } from './compile-pattern';
import type { PatternProgram, RootRequirement } from './compiled-pattern';
import { LinkedGrammar, type Grammar } from './grammar';

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
 * `options.normalize` (default `NFC`): with `none`, neither the sources nor, at generation, lexemes
 * are normalised; the grammar carries the setting ({@link Grammar.normalize}).
 *
 * @throws TypeError when `options.normalize` is neither `NFC` nor `none`.
 */
export function compileGrammar(patterns: Iterable<PatternSource>, options: CompileOptions = {}): GrammarResult {
  const text = textRules(options.normalize);
  const errors: PatternError[] = [];
  const programs = new Map<string, PatternProgram>();
  const seenIds = new Map<number, string>();
  const seenNames = new Set<string>();
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
      programs.set(name, compileProgram(source, text));
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      report('syntax', source.id, name, error.line, error.column, error.message);
    }
  }

  for (const program of [...programs.values()]) {
    const next = program.rules.flatMap((rule) => rule.continuationNames).find((reference) => !seenNames.has(reference.name));
    if (!next) continue;
    report('unknown-continuation', program.id, program.name, next.line, next.column,
      `pattern "${program.name}", line ${next.line}, column ${next.column}: continues with "${next.name}", which is not among the patterns; add it or fix the name`);
    programs.delete(program.name);
  }
  removeCycles(programs, report);
  removeBroken(programs, report);

  for (const program of programs.values()) {
    for (const rule of program.rules) rule.continuations = rule.continuationNames.map((next) => programs.get(next.name)!);
    program.continuations = [...new Set(program.rules.flatMap((rule) => rule.continuations.map((next) => next.id)))];
  }
  const own = new Map([...programs.values()].map((program) => [program, program.rootRequirements] as const));
  for (const program of programs.values()) program.rootRequirements = collectRequirements(program, own);
  return { grammar: new LinkedGrammar(programs.values(), text), errors };
}

type Report = (code: PatternErrorCode, id: number, name: string, line: number, column: number, message: string) => void;

/** Finds every cycle of continuations (depth-first, in input order) and removes the patterns on it. */
function removeCycles(programs: Map<string, PatternProgram>, report: Report): void {
  const state = new Map<string, 'active' | 'done'>();
  const path: string[] = [];
  const onCycle = new Map<string, string>();
  const visit = (name: string): void => {
    state.set(name, 'active');
    path.push(name);
    for (const rule of programs.get(name)!.rules) {
      for (const next of rule.continuationNames) {
        if (!programs.has(next.name)) continue;
        const seen = state.get(next.name);
        if (seen === 'active') {
          const cycle = [...path.slice(path.indexOf(next.name)), next.name].join(' > ');
          for (const member of path.slice(path.indexOf(next.name))) if (!onCycle.has(member)) onCycle.set(member, cycle);
        } else if (seen === undefined) visit(next.name);
      }
    }
    path.pop();
    state.set(name, 'done');
  };
  for (const name of programs.keys()) if (!state.has(name)) visit(name);
  for (const [name, cycle] of onCycle) {
    const program = programs.get(name)!;
    const members = cycle.split(' > ');
    const target = members[members.indexOf(name) + 1];
    const reference = program.rules.flatMap((rule) => rule.continuationNames).find((next) => next.name === target)!;
    report('cycle', program.id, name, reference.line, reference.column,
      `pattern "${name}", line ${reference.line}, column ${reference.column}: continuations form a cycle ${cycle}; remove one of these continuations`);
  }
  for (const name of onCycle.keys()) programs.delete(name);
}

/** Removes, until nothing changes, patterns that continue into a pattern that was left out. */
function removeBroken(programs: Map<string, PatternProgram>, report: Report): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const program of [...programs.values()]) {
      const reference = program.rules.flatMap((rule) => rule.continuationNames).find((next) => !programs.has(next.name));
      if (!reference) continue;
      report('broken-continuation', program.id, program.name, reference.line, reference.column,
        `pattern "${program.name}", line ${reference.line}, column ${reference.column}: continues with "${reference.name}", which has errors of its own; fix that pattern first`);
      programs.delete(program.name);
      changed = true;
    }
  }
}

/** The root checks of `program` and of everything reachable through its continuations, each once. */
function collectRequirements(program: PatternProgram, own: ReadonlyMap<PatternProgram, readonly RootRequirement[]>): RootRequirement[] {
  const seen = new Set<PatternProgram>();
  const out: RootRequirement[] = [];
  const walk = (current: PatternProgram): void => {
    if (seen.has(current)) return;
    seen.add(current);
    out.push(...own.get(current)!);
    for (const rule of current.rules) for (const next of rule.continuations) walk(next);
  };
  walk(program);
  return out;
}
