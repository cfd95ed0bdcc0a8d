import type { OperationAst } from '@paradigm/core';

type AffixOperation = Extract<OperationAst, { kind: 'suffix' | 'prefix' }>;
type ConditionAst = NonNullable<AffixOperation['condition']>;
export type CharSet = ConditionAst['items'][number]['set'];

/** The strip, affix and condition fields of a `PFX`/`SFX` rule line, as written (`0` and `.` for none). */
export interface AffixFields {
  readonly strip: string;
  readonly add: string;
  readonly condition: string;
}

/**
 * An affix operation as rule fields: `fields`, or `never` when the condition excludes the strip (the rule
 * makes no form), or why Hunspell cannot say it.
 */
export type AffixFieldsOutcome = { readonly kind: 'fields'; readonly fields: AffixFields } | { readonly kind: 'never' } | { readonly kind: 'inexpressible'; readonly reason: string };

/** The most members a `[...]` set may list: Hunspell has no ranges, so every member is written out. */
export const MAX_SET_MEMBERS = 500;

/**
 * Characters that are literal in a Hunspell condition but special in the regular expression
 * hunspell-reader builds from it (it escapes only `\ - ? *`): written as a one-member set `[c]`.
 */
const REGEX_SPECIAL = new Set(['.', '(', ')', '+', '{', '}', '|', '$']);

const BLANK = /\s/u;

function inSet(set: CharSet, codePoint: number): boolean {
  for (let r = 0; r < set.ranges.length; r += 2) if (codePoint >= set.ranges[r]! && codePoint <= set.ranges[r + 1]!) return !set.negated;
  return set.negated;
}

/** One affix text (strip or add): why it cannot be a field, or undefined when it can. */
function textProblem(what: string, text: string): string | undefined {
  if (BLANK.test(text)) return `the ${what} "${text}" holds white space, which separates the fields of a Hunspell rule`;
  if (text.includes('/')) return `the ${what} "${text}" holds "/", which starts the continuation flags in a Hunspell rule`;
  if (text === '0') return `the ${what} is the text "0", which Hunspell reads as nothing`;
  if (text.startsWith('#')) return `the ${what} "${text}" starts with "#", which Hunspell tools read as a comment`;
  return undefined;
}

/** How many characters a set's ranges hold (its members, or those it excludes when negated). */
export function setSize(set: CharSet): number {
  let size = 0;
  for (let r = 0; r < set.ranges.length; r += 2) size += set.ranges[r + 1]! - set.ranges[r]! + 1;
  return size;
}

/** The characters a set's ranges hold, in order. */
export function setMembers(set: CharSet): string[] {
  const members: string[] = [];
  for (let r = 0; r < set.ranges.length; r += 2) for (let cp = set.ranges[r]!; cp <= set.ranges[r + 1]!; cp++) members.push(String.fromCodePoint(cp));
  return members;
}

/** A condition as one set per position (an item repeated `{n}` times gives n), or undefined when an item repeats a varying number of times. */
export function conditionSets(condition: ConditionAst | undefined): CharSet[] | undefined {
  const sets: CharSet[] = [];
  for (const item of condition?.items ?? []) {
    if (item.min !== item.max) return undefined;
    for (let n = 0; n < item.min; n++) sets.push(item.set);
  }
  return sets;
}

/** One condition position as Hunspell text, or why it cannot be written. */
function positionText(set: CharSet): { text: string } | { reason: string } {
  if (set.negated && set.ranges.length === 0) return { text: '.' };
  const size = setSize(set);
  if (size > MAX_SET_MEMBERS) return { reason: `a class of ${size} characters; a Hunspell set lists every member, and at most ${MAX_SET_MEMBERS} are written` };
  const members = setMembers(set);
  const bad = members.find((char) => BLANK.test(char) || char === '[' || char === ']');
  if (bad !== undefined) return { reason: `the character ${JSON.stringify(bad)}, which a Hunspell condition cannot hold` };
  // unmunch negates a set with "^" anywhere in it, and hunspell-reader reads a "^" outside a set as an anchor.
  if (members.includes('^')) return { reason: 'the character "^", which Hunspell tools read in different ways' };
  if (!set.negated && members.length === 1) {
    const char = members[0]!;
    return { text: REGEX_SPECIAL.has(char) || char === '#' ? `[${char}]` : char };
  }
  return { text: `[${set.negated ? '^' : ''}${members.join('')}]` };
}

/**
 * The fields of `SFX`/`PFX` rule for `operation`. Conditions are positions (`.`, a character, `[...]`,
 * `[^...]`) anchored at the affix's end; a condition item repeated a fixed number of times (`{3}`) is
 * written that many times, other repetitions cannot be said. A strip holding characters special in
 * regular expressions is refused, except `.`: hunspell-reader matches the strip as a regular expression,
 * so a strip with `.` is also written into the condition, where `[.]` pins it.
 */
export function affixFields(operation: AffixOperation): AffixFieldsOutcome {
  const { strip, add, condition } = operation;
  const fail = (reason: string): AffixFieldsOutcome => ({ kind: 'inexpressible', reason });
  const problem = textProblem('strip', strip) ?? textProblem('affix', add);
  if (problem !== undefined) return fail(problem);
  if (/[()+{}|$^[\]]/.test(strip)) return fail(`the strip "${strip}" holds one of ( ) + { } | $ ^ [ ], which hunspell-reader reads as a regular expression`);
  const sets = conditionSets(condition);
  if (sets === undefined) return fail(`the condition /${condition!.source}/ repeats a position (?, *, + or {m,n}); a Hunspell condition has one character per position`);
  const suffix = operation.kind === 'suffix';
  const stripChars = Array.from(strip);
  if (strip.includes('.')) {
    // Pin the strip: position k from the affix end must be the strip's character there.
    const length = Math.max(sets.length, stripChars.length);
    const pinned: CharSet[] = [];
    for (let k = 0; k < length; k++) {
      const set = k < sets.length ? sets[suffix ? sets.length - 1 - k : k]! : { negated: true, ranges: [] };
      const char = k < stripChars.length ? stripChars[suffix ? stripChars.length - 1 - k : k]! : undefined;
      if (char === undefined) pinned.push(set);
      else if (!inSet(set, char.codePointAt(0)!)) return { kind: 'never' };
      else pinned.push({ negated: false, ranges: [char.codePointAt(0)!, char.codePointAt(0)!] });
    }
    sets.splice(0, sets.length, ...(suffix ? pinned.reverse() : pinned));
  }
  const texts: string[] = [];
  for (const set of sets) {
    const position = positionText(set);
    if ('reason' in position) return fail(`the condition /${condition?.source ?? ''}/ holds ${position.reason}`);
    texts.push(position.text);
  }
  // libhunspell lets a prefix condition's last `.` or `[^...]` lie past the word's end when a literal
  // comes right before it (`.o.` takes `do`); written as a set of one, that literal keeps it a position.
  const last = texts.length - 1;
  if (!suffix && last >= 1 && (texts[last] === '.' || texts[last]!.startsWith('[^')) && !texts[last - 1]!.startsWith('[')) texts[last - 1] = `[${texts[last - 1]}]`;
  const text = texts.join('');
  return { kind: 'fields', fields: { strip: strip === '' ? '0' : strip, add: add === '' ? '0' : add, condition: text === '' ? '.' : text } };
}
