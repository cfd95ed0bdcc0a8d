import { parseConditionSource, type ConditionAst, type RuleAst } from '@paradigm/core';
import { conditionText, OneByteChars, utf8SuffixAlternatives, type ConditionPosition } from '../../hunspell/affix-condition';
import { conditionSets, MAX_SET_MEMBERS, setMembers, setSize, type CharSet } from './affix-fields';

type AffixOperation = Extract<RuleAst['operations'][number], { kind: 'suffix' | 'prefix' }>;

/** The exported .aff is UTF-8 and renames nothing: one byte is U+0001 to U+007F. */
const ONE_BYTE = new OneByteChars();
const ONE_BYTE_RANGES = ONE_BYTE.ranges();

function sameRanges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameSets(a: readonly CharSet[], b: readonly CharSet[]): boolean {
  return a.length === b.length && a.every((set, index) => set.negated === b[index]!.negated && sameRanges(set.ranges, b[index]!.ranges));
}

function isMultiByte(set: CharSet): boolean {
  return set.negated && sameRanges(set.ranges, ONE_BYTE_RANGES);
}

/** A set as a Hunspell condition position, or undefined when it lists too many members. */
function conditionPosition(set: CharSet): ConditionPosition | undefined {
  if (set.negated && set.ranges.length === 0) return { kind: 'any' };
  if (setSize(set) > MAX_SET_MEMBERS) return undefined;
  const chars = setMembers(set);
  if (!set.negated && chars.length === 1) return { kind: 'literal', char: chars[0]! };
  return { kind: 'set', negated: set.negated, chars };
}

/** The suffix operation of a rule that has one besides glosses (the only kind split by the import). */
function suffixOf(rule: RuleAst): AffixOperation | undefined {
  const operations = rule.operations.filter((operation) => operation.kind !== 'gloss');
  const operation = operations[0];
  return operations.length === 1 && operation?.kind === 'suffix' ? operation : undefined;
}

/** What a rule says besides its condition, as a comparable key. */
function restKey(rule: RuleAst): string {
  return JSON.stringify([
    rule.operations.map((operation) => (operation.kind === 'suffix' ? [operation.kind, operation.strip, operation.add] : operation.kind === 'gloss' ? [operation.kind, operation.text] : [operation.kind])),
    rule.cell,
    rule.continuations.map((continuation) => continuation.name),
    rule.needAffix,
    rule.circumfix,
    rule.dir,
  ]);
}

/**
 * The condition whose UTF-8 cases (`utf8SuffixAlternatives`) are exactly the conditions of `rules[start]`
 * and the rules after it, with the number of rules it stands for; undefined when `rules[start]` begins no
 * such run. The first case has a multi-byte letter where each split `.` stood and every other position
 * unchanged, so the `.`s are found there, and the rebuilt condition is checked by splitting it again.
 */
function dotCondition(rules: readonly RuleAst[], start: number): { condition: ConditionAst; count: number } | undefined {
  const first = rules[start]!;
  const suffix = suffixOf(first);
  const sets = conditionSets(suffix?.condition);
  if (suffix === undefined || sets === undefined || !sets.some((set, index) => index > 0 && isMultiByte(set))) return undefined;
  const positions: ConditionPosition[] = [];
  for (const set of sets) {
    const position = isMultiByte(set) ? { kind: 'any' as const } : conditionPosition(set);
    if (position === undefined) return undefined;
    positions.push(position);
  }
  const cases = utf8SuffixAlternatives(positions, ONE_BYTE);
  if (cases.length < 2 || start + cases.length > rules.length) return undefined;
  const key = restKey(first);
  const matches = cases.every((alternative, offset) => {
    const rule = rules[start + offset]!;
    const caseSets = conditionSets(parseConditionSource(conditionText(alternative, 'SFX', 0)));
    const ruleSets = conditionSets(suffixOf(rule)?.condition);
    return restKey(rule) === key && caseSets !== undefined && ruleSets !== undefined && sameSets(caseSets, ruleSets);
  });
  if (!matches) return undefined;
  const source = conditionText(positions, 'SFX', 0);
  return { condition: { source, items: sets.map((set) => ({ set: isMultiByte(set) ? { negated: true, ranges: [] } : set, min: 1, max: 1 })) }, count: cases.length };
}

/**
 * The rules with each run that the import made of one UTF-8 suffix condition (see
 * `utf8SuffixAlternatives`: a `.` with positions to its left becomes one-byte and multi-byte cases, which
 * no Hunspell condition spells) joined back into one rule with that condition. libhunspell reads the
 * joined condition in the exported UTF-8 .aff as those cases again, so the rule means what the run means.
 * A run is recognised by its shape alone: consecutive rules alike but for their conditions, which are
 * exactly the cases of the condition rebuilt from the first.
 */
export function joinUtf8DotCases(rules: readonly RuleAst[]): RuleAst[] {
  const joined: RuleAst[] = [];
  for (let index = 0; index < rules.length; ) {
    const rule = rules[index]!;
    const dot = dotCondition(rules, index);
    if (dot === undefined) {
      joined.push(rule);
      index++;
      continue;
    }
    joined.push({ ...rule, operations: rule.operations.map((operation) => (operation.kind === 'suffix' ? { ...operation, condition: dot.condition } : operation)) });
    index += dot.count;
  }
  return joined;
}
