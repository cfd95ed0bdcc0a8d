import type { CharSet } from '../syntax/condition-ast';
import type { OperationAst } from '../syntax/pattern-ast';

/**
 * What a rule's first operation needs of the input's last (`atEnd`) or first code unit: the unit the
 * strip ends (starts) with, and the set the condition's outermost position must match. A rule whose first
 * operation checks neither is tried on every input.
 */
interface UnitNeed {
  readonly atEnd: boolean;
  /** The strip's outermost code unit, or -1 without a strip. */
  readonly strip: number;
  /** The condition's outermost set when that position is required (`min >= 1`), else null. */
  readonly set: CharSet | null;
}

/**
 * Which rules of a pattern can apply to an input, by the input's outermost code unit: the rules in source
 * order, minus those whose first `suffix` (`prefix`) operation's strip or condition rules that unit out.
 * Generation walks only these, in the same order, so the forms are the same. Hunspell classes are long
 * lists of rules that each accept a few endings (fr.aff: 5,600 rules in 178 classes, up to 190 in one):
 * expanding fr tried 18.5 million rules for 3.2 million forms before.
 *
 * The lists are built on first use per code unit (a lexicon's stems end in few distinct letters).
 */
export class RuleIndex {
  /** Every rule index, for patterns where nothing is known, and for inputs ending in a surrogate. */
  readonly all: readonly number[];
  private readonly byUnit = new Map<number, readonly number[]>();
  /** Rules whose first operation tests nothing: all an empty input can take. */
  private readonly unconstrained: readonly number[];

  private constructor(
    private readonly atEnd: boolean,
    private readonly needs: readonly (UnitNeed | null)[],
  ) {
    this.all = needs.map((_, r) => r);
    this.unconstrained = this.all.filter((r) => needs[r] === null);
  }

  /**
   * The index of rules whose first operations are `firstOps` (one per rule; undefined for a rule
   * without operations), or undefined when too few rules are ruled out by anything to pay for it.
   */
  static of(firstOps: readonly (OperationAst | undefined)[], shared?: UnitNeeds): RuleIndex | undefined {
    if (firstOps.length < MIN_RULES) return undefined;
    let atEnd = 0;
    let atStart = 0;
    const needs = firstOps.map((op) => unitNeed(op, shared));
    for (const need of needs) if (need !== null) need.atEnd ? atEnd++ : atStart++;
    if (atEnd + atStart < MIN_RULES) return undefined;
    const side = atEnd >= atStart;
    return new RuleIndex(side, needs.map((need) => (need !== null && need.atEnd === side ? need : null)));
  }

  /** The rules that may apply to `input`, in source order. */
  rulesFor(input: string): readonly number[] {
    const length = input.length;
    if (length === 0) return this.unconstrained;
    const unit = input.charCodeAt(this.atEnd ? length - 1 : 0);
    const known = this.byUnit.get(unit);
    if (known !== undefined) return known;
    const rules = unit >= 0xd800 && unit <= 0xdfff ? this.all : this.all.filter((r) => accepts(this.needs[r], unit));
    this.byUnit.set(unit, rules);
    return rules;
  }
}

/** Below this many rules (or rules with a need), walking every rule costs less than looking the list up. */
const MIN_RULES = 4;

/**
 * The needs of the patterns compiled together, each made once: a need is never changed, and the
 * patterns an importer derives from one Hunspell class repeat its rules (hu_HU: 113,000 needs, 4 MB).
 */
export class UnitNeeds {
  /** By the condition's set (shared by the conditions written alike), then by strip unit and side. */
  private readonly bySet = new Map<CharSet | null, Map<number, UnitNeed>>();

  need(atEnd: boolean, strip: number, set: CharSet | null): UnitNeed {
    let byUnit = this.bySet.get(set);
    if (byUnit === undefined) this.bySet.set(set, (byUnit = new Map()));
    const key = (strip + 1) * 2 + (atEnd ? 1 : 0);
    let need = byUnit.get(key);
    if (need === undefined) byUnit.set(key, (need = { atEnd, strip, set }));
    return need;
  }
}

function unitNeed(op: OperationAst | undefined, shared: UnitNeeds | undefined): UnitNeed | null {
  if (op === undefined || (op.kind !== 'suffix' && op.kind !== 'prefix')) return null;
  const atEnd = op.kind === 'suffix';
  const strip = op.strip === '' ? -1 : op.strip.charCodeAt(atEnd ? op.strip.length - 1 : 0);
  const items = op.condition?.items ?? [];
  const outer = atEnd ? items[items.length - 1] : items[0];
  const set = outer !== undefined && outer.min >= 1 ? outer.set : null;
  if (strip < 0 && set === null) return null;
  return shared ? shared.need(atEnd, strip, set) : { atEnd, strip, set };
}

function accepts(need: UnitNeed | null, unit: number): boolean {
  if (need === null) return true;
  if (need.strip >= 0 && need.strip !== unit) return false;
  if (need.set === null) return true;
  const ranges = need.set.ranges;
  for (let r = 0; r < ranges.length; r += 2) if (unit >= ranges[r] && unit <= ranges[r + 1]) return !need.set.negated;
  return need.set.negated;
}
