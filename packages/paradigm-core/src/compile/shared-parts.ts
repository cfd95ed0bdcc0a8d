import type { ConditionAst } from '../syntax/condition-ast';
import { compileCondition, type Anchor, type ConditionMatcher } from './condition-matcher';

/**
 * What the patterns of one grammar share, made once per grammar: a condition written the same way is
 * parsed and compiled once. A Hunspell class repeats a few conditions over its rules: fr.aff's 5,421
 * conditions are 241 distinct ones, and parsing and compiling each was a fifth of compiling fr.aff.
 */
export class SharedParts {
  /** Parsed conditions by their text (as written between the slashes, after normalisation). */
  readonly conditions = new Map<string, ConditionAst>();
  private readonly atEnd = new Map<ConditionAst, ConditionMatcher>();
  private readonly atStart = new Map<ConditionAst, ConditionMatcher>();

  /** The matcher of `condition` anchored at `anchor`, compiled on first use. */
  matcher(condition: ConditionAst, anchor: Anchor): ConditionMatcher {
    const compiled = anchor === 'end' ? this.atEnd : this.atStart;
    let matcher = compiled.get(condition);
    if (matcher === undefined) {
      matcher = compileCondition(condition, anchor);
      compiled.set(condition, matcher);
    }
    return matcher;
  }
}
