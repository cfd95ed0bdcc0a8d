import { type CompileOptions, compileGrammar, type FormRowSink, generateRows, type Grammar, type Lexeme, lexemeLabel, type PatternSource, plural, reachable } from '@paradigm/core';
import { type Connection, readFormLimit, readPatterns } from '@paradigm/persistence';
import { expectOwnFormsGeneration } from './forms-generation';
import type { PatternProblem } from './pattern-problem';
import type { LexemeFailure } from './lexeme-failure';

/**
 * The compiled grammar as the worker uses it: generation straight into a columnar batch with failures
 * as data, and the reverse continuation graph that turns a pattern edit into the patterns (and so the
 * lexemes) it affects.
 */
export interface WorkerGrammar {
  /** Patterns left out of the grammar, and why. */
  readonly problems: readonly PatternProblem[];
  /**
   * Appends `lexeme`'s forms to `into`; on a failure returns it (the rows already appended for this
   * lexeme are the caller's to drop).
   */
  generate(lexeme: Lexeme, into: FormRowSink): LexemeFailure | undefined;
  /**
   * The ids of the stored patterns whose forms depend on any of `changed` (the patterns themselves,
   * and every pattern that reaches one of them by name through continuations), ascending.
   */
  dependents(changed: readonly { readonly id: number; readonly name: string }[]): number[];
}

/** A stored pattern's id and name. */
interface PatternName {
  readonly id: number;
  readonly name: string;
}

/**
 * Reads every pattern and the lexicon's form limit through `conn` and compiles them once; throws
 * `FormsGenerationError` when the forms are no longer this generation's (see `expectOwnFormsGeneration`).
 */
export async function loadWorkerGrammar(conn: Connection): Promise<WorkerGrammar> {
  await expectOwnFormsGeneration(conn);
  const sources = await readPatterns(conn);
  return buildWorkerGrammar(sources, await readFormLimit(conn));
}

/**
 * Compiles `sources` into a {@link WorkerGrammar}, with the lexicon's limit of forms per lexeme
 * (`readFormLimit`; `Infinity` for none). `onFingerprint` is paradigm-core's (`CompileOptions`).
 */
export function buildWorkerGrammar(sources: readonly PatternSource[], maxFormsPerLexeme: number, onFingerprint?: CompileOptions['onFingerprint']): WorkerGrammar {
  // Without fingerprints, and keeping of `sources` only their ids and names: the patterns' texts are
  // garbage once compiled (hu_HU's are 27 MB).
  const { grammar, errors } = compileGrammar(sources, { maxFormsPerLexeme, onFingerprint, fingerprints: false });
  const patternNames: readonly PatternName[] = sources.map(({ id, name }) => ({ id, name }));
  // Made on the first failure only: a map of every pattern's name is 4 MB for a lexicon of 87,000 patterns.
  let names: Map<number, string> | undefined;
  const nameOf = (id: number): string | undefined => (names ??= new Map(patternNames.map((pattern) => [pattern.id, pattern.name]))).get(id);
  const problems = new Map<number, PatternProblem>();
  for (const error of errors) {
    if (!problems.has(error.patternId)) problems.set(error.patternId, { patternId: error.patternId, patternName: error.patternName, message: error.message });
  }
  const referrers = reverseContinuations(grammar);
  // Left out because of another pattern (a continuation, a cycle, a duplicate): such a pattern has no
  // edges in the grammar, and an edit elsewhere may fix it. A syntax error depends on its own text only.
  const entangled = errors.filter((error) => error.code !== 'syntax').map((error) => error.patternId);
  return {
    problems: [...problems.values()],
    generate: (lexeme, into) => generate(grammar, lexeme, into, nameOf, problems),
    dependents: (changed) => dependents(changed, referrers, patternNames, entangled),
  };
}

function generate(
  grammar: Grammar,
  lexeme: Lexeme,
  into: FormRowSink,
  nameOf: (id: number) => string | undefined,
  problems: ReadonlyMap<number, PatternProblem>,
): LexemeFailure | undefined {
  // Checked first: a lexeme taking a left-out pattern must fail with the pattern's own compile error,
  // not with a bare "unknown pattern".
  for (const patternId of lexeme.patterns) {
    const problem = problems.get(patternId);
    if (problem) return failure(lexeme, patternId, nameOf, `the pattern does not compile: ${problem.message}`);
  }
  for (const summary of generateRows(grammar, lexeme, into)) {
    if (summary.kind === 'error') {
      // Core's message starts by naming the lexeme, which the failure already does.
      const { code } = summary.error;
      const reason =
        code === 'too-many-forms' ? formLimitReason(grammar.maxFormsPerLexeme)
        : code === 'too-many-characters' ? charLimitReason(grammar.maxCharsPerLexeme, grammar.maxFormsPerLexeme)
        : summary.error.message.replace(`${lexemeLabel(lexeme.id, lexeme.lemma)}: `, '');
      return failure(lexeme, summary.patternId, nameOf, reason);
    }
  }
  return undefined;
}

/**
 * Why a lexeme past the form limit failed, after the failure's own naming of the lexeme and the pattern at
 * which its forms passed the limit: the lexicon's limit, and how to raise it.
 */
function formLimitReason(limit: number): string {
  return (
    `more than ${plural(limit, 'form')}, the lexicon's form limit, so the generation stopped; look for continuations that multiply ` +
    '(each level multiplies the forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme'
  );
}

/**
 * Why a lexeme whose forms pass the characters one lexeme may generate failed: that limit follows the
 * lexicon's form limit (paradigm-core's default `maxCharsPerLexeme`), so raising the form limit raises it.
 */
function charLimitReason(limit: number, formLimit: number): string {
  return (
    `forms of more than ${plural(limit, 'character')} in all, the most one lexeme may generate under the lexicon's form limit of ${formLimit}, so the generation stopped; ` +
    'look for continuations in series that lengthen every form (each level adds its text to every form after it), or raise the form limit with `paradigm form-limit N` (or none)'
  );
}

function failure(lexeme: Lexeme, patternId: number, nameOf: (id: number) => string | undefined, reason: string): LexemeFailure {
  return { lexemeId: lexeme.id, lemma: lexeme.lemma, patternId, patternName: nameOf(patternId), reason };
}

/** name -> names of the compiled patterns that continue directly into it. */
function reverseContinuations(grammar: Grammar): Map<string, string[]> {
  const referrers = new Map<string, string[]>();
  for (const pattern of grammar.patterns()) {
    for (const targetId of pattern.continuations) {
      const target = grammar.pattern(targetId);
      if (!target) continue;
      const list = referrers.get(target.name) ?? [];
      list.push(pattern.name);
      referrers.set(target.name, list);
    }
  }
  return referrers;
}

function dependents(
  changed: readonly { readonly id: number; readonly name: string }[],
  referrers: ReadonlyMap<string, readonly string[]>,
  patterns: readonly PatternName[],
  entangled: readonly number[],
): number[] {
  const ids = new Set(changed.map((change) => change.id));
  const byName = new Map(patterns.map((pattern) => [pattern.name, pattern.id]));
  for (const name of reachable(changed.map((change) => change.name), (name) => referrers.get(name) ?? [])) {
    const id = byName.get(name);
    if (id !== undefined) ids.add(id);
  }
  for (const id of entangled) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}
