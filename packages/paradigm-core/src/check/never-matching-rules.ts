import type { CharSet, ConditionAst } from '../syntax/condition-ast';
import type { PatternAst } from '../syntax/pattern-ast';

/** A rule that can never apply, and why. */
export interface NeverMatching {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

function inSet(set: CharSet, cp: number): boolean {
  for (let r = 0; r < set.ranges.length; r += 2) if (cp >= set.ranges[r] && cp <= set.ranges[r + 1]) return !set.negated;
  return set.negated;
}

/**
 * The code point index (from the anchored end) where `strip` and the condition's fixed items disagree,
 * or -1. Only items that match exactly one character are compared, up to the first repeated one: both
 * the condition and the strip test the same end of the same form, so a disagreement there is exact.
 */
function conflict(strip: string, condition: ConditionAst, fromEnd: boolean): number {
  const letters = Array.from(strip);
  const items = fromEnd ? [...condition.items].reverse() : condition.items;
  if (fromEnd) letters.reverse();
  for (let k = 0; k < Math.min(letters.length, items.length); k++) {
    const item = items[k];
    if (item.min !== 1 || item.max !== 1) return -1;
    if (!inSet(item.set, letters[k].codePointAt(0)!)) return k;
  }
  return -1;
}

/**
 * Rules of `ast` that can never apply because an affix's strip is excluded by its own condition, as in
 * `suffix -y +ies /[^aeiou]e/` (the form must end in `e` and in `y`). Cheap and exact: it reports
 * nothing it is not sure of.
 */
export function neverMatchingRules(ast: PatternAst): NeverMatching[] {
  const out: NeverMatching[] = [];
  for (const rule of ast.rules) {
    for (const op of rule.operations) {
      if ((op.kind !== 'suffix' && op.kind !== 'prefix') || op.condition === undefined || op.strip === '') continue;
      const at = conflict(op.strip, op.condition, op.kind === 'suffix');
      if (at < 0) continue;
      const end = op.kind === 'suffix' ? 'end' : 'start';
      out.push({
        line: rule.line,
        column: op.column,
        message: `this rule never applies: the ${op.kind} strips "${op.strip}" but its condition /${op.condition.source}/ excludes "${Array.from(op.strip)[op.kind === 'suffix' ? Array.from(op.strip).length - 1 - at : at]}" at position ${at + 1} from the ${end}; fix the strip or the condition`,
      });
      break;
    }
  }
  return out;
}
