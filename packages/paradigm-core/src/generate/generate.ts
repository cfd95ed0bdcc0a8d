import { linked, type Grammar } from '../compile/grammar';
import type { Form, FormRowSink, GenerateOptions } from '../model/form';
import type { Lexeme } from '../model/lexeme';
import type { PatternOutcome, PatternSummary } from '../model/outcome';
import { expandLexeme } from './expand-lexeme';

/**
 * The fast path: streams every form of `lexeme` to `sink` (no per-lexeme arrays of forms) and returns
 * one summary per pattern id in `lexeme.patterns`, in order. Forms arrive in the documented order:
 * patterns in the lexeme's order, rules in source order, continuations depth-first after their
 * parent, prefix x suffix combinations after the suffix pattern's own forms.
 *
 * @example
 * ```ts
 * const summaries = generateInto(grammar, lexeme, (form) => rows.push(form));
 * ```
 */
export function generateInto(grammar: Grammar, lexeme: Lexeme, sink: (form: Form) => void, options: GenerateOptions = {}): PatternSummary[] {
  return expandLexeme(linked(grammar), lexeme, { sink }, options.cells ?? true);
}

/**
 * {@link generateInto} for a consumer that needs only the stored columns (lexeme id, pattern id,
 * cell, surface, position, analysis): each form goes to `rows.add` as they are, without a {@link Form}
 * object per form (and without the direction). The analysis is null when it is the lexeme's gloss
 * unchanged, so a pattern without `gloss` operations costs no analysis column. Same forms, same order,
 * same summaries.
 *
 * @example
 * ```ts
 * const summaries = generateRows(grammar, lexeme, { add: (lexemeId, patternId, cell, surface) => count++ });
 * ```
 */
export function generateRows(grammar: Grammar, lexeme: Lexeme, rows: FormRowSink, options: GenerateOptions = {}): PatternSummary[] {
  return expandLexeme(linked(grammar), lexeme, { rows }, options.cells ?? true);
}

/** All outcomes of one lexeme, with their forms: one {@link PatternOutcome} per pattern id, in order. */
export function generateLexeme(grammar: Grammar, lexeme: Lexeme): PatternOutcome[] {
  const forms: Form[] = [];
  const summaries = expandLexeme(linked(grammar), lexeme, { sink: (form) => forms.push(form) });
  let start = 0;
  return summaries.map((summary): PatternOutcome => {
    if (summary.kind !== 'forms') return summary;
    const own = forms.slice(start, start + summary.count);
    start += summary.count;
    return { kind: 'forms', patternId: summary.patternId, forms: own };
  });
}

/** Streams {@link generateLexeme} over many lexemes, one at a time. */
export function* generateAll(grammar: Grammar, lexemes: Iterable<Lexeme>): Generator<{ lexeme: Lexeme; outcomes: PatternOutcome[] }> {
  for (const lexeme of lexemes) yield { lexeme, outcomes: generateLexeme(grammar, lexeme) };
}
