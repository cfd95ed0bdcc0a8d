import type { ConditionAst } from '../syntax/condition-ast';
import { compileCondition, type Anchor, type ConditionMatcher } from './condition-matcher';
import { OP_PREFIX, OP_SUFFIX, operation, type Operation } from './operation';
import { OwnTexts } from '../text/own-texts';
import { UnitNeeds } from './rule-index';

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

  /** What the rule indexes of the patterns need of an input's outermost code unit. */
  readonly unitNeeds = new UnitNeeds();
  /** Affix operations by condition, then by kind, strip and add. */
  private readonly affixes = new Map<ConditionMatcher | null, Map<string, Operation>>();
  /** The one-operation lists of rules, by their operation. */
  private readonly single = new Map<Operation, readonly Operation[]>();
  /** Texts the programs keep (cells, glosses, affixes), each a copy of its own (see `OwnTexts`). */
  private readonly texts = new OwnTexts();

  /** `value` as one string per distinct text, sharing no memory with the source it was cut from. */
  text(value: string): string {
    return this.texts.of(value);
  }

  /**
   * The suffix (or prefix) operation that strips `strip`, adds `add` under `condition`, made once: the
   * patterns an importer derives from one Hunspell class repeat its rules (hu_HU's 22,000 patterns
   * hold 114,000 affix operations, 22,000 of them distinct), and operations are never changed.
   */
  affix(kind: typeof OP_SUFFIX | typeof OP_PREFIX, strip: string, add: string, condition: ConditionMatcher | null): Operation {
    let byText = this.affixes.get(condition);
    if (byText === undefined) this.affixes.set(condition, (byText = new Map()));
    const key = `${kind}${strip.length}:${strip}${add}`;
    let op = byText.get(key);
    if (op === undefined) byText.set(key, (op = operation({ kind, strip: this.text(strip), add: this.text(add), condition })));
    return op;
  }

  /** The list of `operations` a rule keeps: one list per operation for rules of one operation. */
  operations(operations: readonly Operation[]): readonly Operation[] {
    if (operations.length !== 1) return operations.slice();
    const op = operations[0]!;
    let list = this.single.get(op);
    if (list === undefined) this.single.set(op, (list = [op]));
    return list;
  }

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
