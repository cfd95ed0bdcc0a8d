import { compileGrammar, compilePattern, type Lexeme, type PatternSource } from '@paradigm/core';
import type { PatternKind } from '../artifacts/micro-baseline';
import { countForms } from '../shared/count-forms';
import type { Dataset } from './dataset';
import { patternKind } from './pattern-kind';

/** One thing to time: `run` is one operation; `formsPerOp` converts ops/s into forms/s. */
export interface MicroTask {
  readonly name: string;
  readonly phase: 'compile' | 'generate';
  readonly kind: PatternKind;
  readonly dataset: string;
  readonly operation: string;
  readonly formsPerOp?: number;
  readonly run: () => void;
}

const KINDS = ['template', 'affix', 'ablaut', 'reduplication', 'continuation'] as const;

/**
 * `items` cycled to `factor` times its length (rounded): the same operation doing `factor` times the
 * work, which is how the regression check's own test makes a real slowdown of the measured code.
 */
function scaled<T>(items: readonly T[], factor: number): readonly T[] {
  if (factor === 1 || items.length === 0) return items;
  const length = Math.round(items.length * factor);
  return Array.from({ length }, (_, i) => items[i % items.length]);
}

/**
 * The micro-benchmark's tasks on one dataset: compiling all patterns and each kind's patterns, and
 * generating, per kind, the forms of up to `lexemesPerTask` lexemes restricted to that kind's patterns
 * (continuation targets stay compiled in the grammar). Kinds the dataset lacks get no task.
 * Throws if the dataset's patterns do not compile: a benchmark of broken patterns measures nothing.
 *
 * `workFactor` (default 1) makes every operation compile or generate that many times its patterns or
 * lexemes (cycled), with names, `operation` and `formsPerOp` unchanged: an injected, real slowdown.
 */
export function microTasks(dataset: Dataset, lexemesPerTask: number, workFactor = 1): MicroTask[] {
  const { grammar, errors } = compileGrammar(dataset.patterns);
  if (errors.length > 0) throw new Error(`${dataset.name}: ${errors.length} pattern(s) do not compile, first: ${errors[0].message}`);
  const kindOf = new Map(dataset.patterns.map((p) => [p.id, patternKind(p)]));
  const tasks: MicroTask[] = [];
  const d = dataset.name;
  const all = dataset.lexemes.slice(0, lexemesPerTask);
  const allPatterns = scaled(dataset.patterns, workFactor);
  const allLexemes = scaled(all, workFactor);
  tasks.push({ name: `compile/all (${d})`, phase: 'compile', kind: 'mixed', dataset: d, operation: `compileGrammar of all ${dataset.patterns.length} patterns`, run: () => { compileGrammar(allPatterns); } });
  tasks.push({ name: `generate/all (${d})`, phase: 'generate', kind: 'mixed', dataset: d, operation: `generate ${all.length} lexemes with all their patterns`, formsPerOp: countForms(grammar, all), run: () => { countForms(grammar, allLexemes); } });
  for (const kind of KINDS) {
    const patterns: PatternSource[] = dataset.patterns.filter((p) => kindOf.get(p.id) === kind);
    if (patterns.length === 0) continue;
    const compiled = scaled(patterns, workFactor);
    tasks.push({ name: `compile/${kind} (${d})`, phase: 'compile', kind, dataset: d, operation: `compilePattern of ${patterns.length} ${kind} patterns`, run: () => { for (const p of compiled) compilePattern(p); } });
    const lexemes: Lexeme[] = [];
    for (const lexeme of dataset.lexemes) {
      const own = lexeme.patterns.filter((id) => kindOf.get(id) === kind);
      if (own.length > 0) lexemes.push({ ...lexeme, patterns: own });
      if (lexemes.length === lexemesPerTask) break;
    }
    const forms = countForms(grammar, lexemes);
    if (forms === 0) continue;
    const generated = scaled(lexemes, workFactor);
    tasks.push({ name: `generate/${kind} (${d})`, phase: 'generate', kind, dataset: d, operation: `generate ${lexemes.length} lexemes x their ${kind} patterns`, formsPerOp: forms, run: () => { countForms(grammar, generated); } });
  }
  return tasks;
}
