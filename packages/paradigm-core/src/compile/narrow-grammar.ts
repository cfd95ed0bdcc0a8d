import { type Grammar, LinkedGrammar, linked } from './grammar';
import type { PatternProgram } from './compiled-pattern';
import { reachable } from '../graph/reachable';

/**
 * The part of `grammar` that lexemes of the patterns `ids` need: those patterns and every pattern they
 * continue into, directly or not, as compiled in `grammar` (nothing is compiled again). A lexeme of these
 * patterns generates the same forms from either grammar; one of another pattern finds it unknown. A
 * caller that has learned which patterns it still needs (an export that found most lexemes left out) keeps
 * these and lets the others go. Ids `grammar` does not have are passed over.
 *
 * @throws TypeError for a grammar not made by `compileGrammar`.
 */
export function narrowGrammar(grammar: Grammar, ids: Iterable<number>): Grammar {
  const whole = linked(grammar);
  const kept: PatternProgram[] = [];
  for (const id of reachable(ids, (id) => whole.pattern(id)?.continuations ?? [])) {
    const program = whole.pattern(id);
    if (program !== undefined) kept.push(program);
  }
  return new LinkedGrammar(kept, whole.text, whole.maxFormsPerLexeme, whole.maxCharsPerLexeme);
}
