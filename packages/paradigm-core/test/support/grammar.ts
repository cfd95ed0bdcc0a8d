import { compileGrammar, generateLexeme, type Grammar, type Lexeme, type PatternOutcome } from '@paradigm/core';

/** Compiles `sources` (ids 1, 2, ... in order, names from their headers) and fails on any error. */
export function grammarOf(...sources: string[]): Grammar {
  const { grammar, errors } = compileGrammar(
    sources.map((source, index) => ({ id: index + 1, name: /pattern\s+(\S+)/u.exec(source)![1], source })),
  );
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  return grammar;
}

let nextId = 1;

/** A lexeme taking patterns 1..n (or `patterns`), with a fresh id. */
export function lexeme(lemma: string, extra: Partial<Lexeme> = {}): Lexeme {
  return { id: nextId++, lemma, patterns: [1], ...extra };
}

/** The forms of one outcome as `surface cell` strings, or the outcome kind when there are none. */
export function formsOf(outcome: PatternOutcome): string[] | string {
  return outcome.kind === 'forms' ? outcome.forms.map((form) => `${form.surface} ${form.cell}`) : outcome.kind;
}

/** `surface cell` of every form the lexeme gets from every pattern, in generation order. */
export function paradigm(grammar: Grammar, entry: Lexeme): string[] {
  return generateLexeme(grammar, entry).flatMap((outcome) => (outcome.kind === 'forms' ? outcome.forms.map((f) => `${f.surface} ${f.cell}`) : []));
}
