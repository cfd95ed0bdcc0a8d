import type { ConditionAst } from './condition-ast';
import { parseCondition } from './condition-parser';
import { SourceProblem } from './source-problem';

/**
 * An affix condition's text (what stands between the slashes of `/COND/`) as its syntax tree, for
 * translators that hand over parsed patterns ({@link ParsedPatternSource}). Throws a `SyntaxError` naming
 * the column and the fix.
 */
export function parseConditionSource(text: string): ConditionAst {
  try {
    return parseCondition(text, 1, 1);
  } catch (problem) {
    if (problem instanceof SourceProblem) throw new SyntaxError(`condition /${text}/, column ${problem.column}: ${problem.detail}`);
    throw problem;
  }
}
