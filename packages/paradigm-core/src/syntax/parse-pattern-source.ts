import type { Normalization } from '../text/normalization';
import { textRules } from '../text/normalization';
import type { PatternAst } from './pattern-ast';
import { parsePattern } from './pattern-parser';

/**
 * One pattern's source as its syntax tree (header, schemes, rules with their operations, options and
 * continuations), for tools that translate patterns into another format. Throws the first syntax error.
 */
export function parsePatternSource(source: string, options: { readonly normalize?: Normalization } = {}): PatternAst {
  return parsePattern(source, textRules(options.normalize));
}
