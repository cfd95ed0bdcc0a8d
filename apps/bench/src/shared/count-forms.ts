import { generateInto, type Grammar, type Lexeme } from '@paradigm/core';

/** Generates every form of `lexemes` into a sink that only counts: paradigm-core's own cost, no output. */
export function countForms(grammar: Grammar, lexemes: Iterable<Lexeme>): number {
  let forms = 0;
  const count = (): void => {
    forms++;
  };
  for (const lexeme of lexemes) generateInto(grammar, lexeme, count);
  return forms;
}
