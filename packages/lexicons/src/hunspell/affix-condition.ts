/**
 * One position of a Hunspell condition: any character (`.`), one literal character, or a character set
 * (`[abc]`, `[^abc]`). Hunspell gives `-` no meaning inside sets, so `[a-z]` is the three characters a, -, z.
 */
export type ConditionPosition =
  | { readonly kind: 'any' }
  | { readonly kind: 'literal'; readonly char: string }
  | { readonly kind: 'set'; readonly negated: boolean; readonly chars: readonly string[] };

/**
 * A position as a condition is matched: one an .aff writes, or a set of code point ranges (inclusive
 * `[low, high]` pairs), which {@link utf8SuffixAlternatives} uses for one-byte and multi-byte characters.
 */
export type MatchedPosition = ConditionPosition | { readonly kind: 'ranges'; readonly negated: boolean; readonly ranges: readonly number[] };

/**
 * A parsed condition, or why it is malformed. `more`: how many characters more than its positions the
 * word must have, for the `^`s written outside a set (see {@link parseCondition}).
 */
export type ParsedCondition =
  | { readonly kind: 'ok'; readonly positions: readonly ConditionPosition[]; readonly more: number }
  | { readonly kind: 'bad'; readonly reason: string };

/**
 * A set as libhunspell reads it, from its `written` characters between `[` and `]`. A `^` inside it, first
 * or not, turns on a negation for the members read after it: a letter is taken if it is a member read
 * before the first `^`, refused if it is one read after, and taken if it is none (id_ID.aff's `p[^l^r]` is
 * `p[^lr]`). A prefix condition's set is read left to right; a suffix condition's from the right, its
 * leading `^` first. `undefined` where it takes every letter.
 */
function setAsRead(written: readonly string[], kind: 'PFX' | 'SFX'): ConditionPosition | undefined {
  const first = written.indexOf('^');
  if (first === 0 && !written.includes('^', 1)) return { kind: 'set', negated: true, chars: written.slice(1) };
  if (first < 0) return { kind: 'set', negated: false, chars: written };
  const read = kind === 'PFX' ? written : first === 0 ? ['^', ...written.slice(1).reverse()] : [...written].reverse();
  const from = read.indexOf('^');
  const taken = read.slice(0, from);
  const refused = [...new Set(read.slice(from + 1).filter((member) => member !== '^' && !taken.includes(member)))];
  return refused.length === 0 ? undefined : { kind: 'set', negated: true, chars: refused };
}

/** What decides how libhunspell reads a condition: a prefix's or a suffix's, in which dictionary. */
export interface ConditionReading {
  readonly kind: 'PFX' | 'SFX';
  /** `SET UTF-8`: libhunspell counts a word's length in bytes. */
  readonly utf8: boolean;
  readonly complexPrefixes: boolean;
  /** In a UTF-8 dictionary, the characters libhunspell reads as one byte (default: U+0001 to U+007F; see {@link OneByteChars}). */
  readonly oneByte?: { has(char: string): boolean };
}

/**
 * Parses Hunspell's condition syntax (`.` alone means no condition).
 *
 * A `^` outside a set (af_ZA.aff's `^[flmnrsx]`, written as a regular expression's anchor) is no
 * position: libhunspell tests no character for it. In a suffix condition, which it reads from the right,
 * it negates the nearest set to its left, and it counts in the condition's length, which the word must
 * reach: one character more for each. That length is counted in bytes in a UTF-8 dictionary, so there
 * a leading `^` is read (the test itself then needs a character left of the positions, which keeps
 * bytes and characters in step), and other `^`s where the positions' characters of more than one byte
 * give every matching word the bytes they ask for; elsewhere the condition is malformed here. In a
 * prefix condition its only effect is where it follows the last set: the word needs a character after
 * that set. Under COMPLEXPREFIXES (which reverses conditions) it is malformed here. A `^` inside a set:
 * see {@link setAsRead}.
 *
 * A prefix condition's last `.` right after a literal may lie past the word's end: libhunspell 1.7's
 * `spell()` takes `redo` for `PFX A 0 re .o.` and `do/A` (not after a `.` or a set: `..` takes no `d`),
 * so that `.` is dropped, which matches the same words and those. A `[^...]` there may lie past the end
 * too (`do[^x]` takes `do`); the pattern language has no end of word to say that, so it stays a position.
 */
export function parseCondition(condition: string, reading: ConditionReading): ParsedCondition {
  if (condition === '.') return { kind: 'ok', positions: [], more: 0 };
  const chars = Array.from(condition);
  const positions: ConditionPosition[] = [];
  const carets: number[] = [];
  // Every member of each set, by its position.
  const members = new Map<number, string[]>();
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '.') positions.push({ kind: 'any' });
    else if (char === ']') return { kind: 'bad', reason: `"]" at character ${i + 1} closes no "["` };
    else if (char === '^') {
      carets.push(i);
      // Read from the right, it sets a negation that the next set read (the nearest to its left) takes,
      // which then refuses every one of its members.
      for (let left = positions.length - 1; reading.kind === 'SFX' && left >= 0; left--) {
        if (positions[left]!.kind !== 'set') continue;
        positions[left] = { kind: 'set', negated: true, chars: members.get(left)! };
        break;
      }
    } else if (char === '[') {
      const end = chars.indexOf(']', i + 1);
      if (end < 0) return { kind: 'bad', reason: `"[" at character ${i + 1} is never closed with "]"` };
      const written = chars.slice(i + 1, end);
      const all = [...new Set(written.filter((member) => member !== '^'))];
      if (all.length === 0) return { kind: 'bad', reason: `the set at character ${i + 1} is empty` };
      if (all.includes('[')) return { kind: 'bad', reason: `"[" inside the set at character ${i + 1}` };
      if (reading.complexPrefixes && written.includes('^', 1)) return { kind: 'bad', reason: `"^" inside the set at character ${i + 1} but first, which COMPLEXPREFIXES reads reversed; write the set as [^...]` };
      const set = setAsRead(written, reading.kind);
      if (set === undefined) return { kind: 'bad', reason: `the set at character ${i + 1} takes every letter as libhunspell reads its "^"; write "." for any letter` };
      members.set(positions.length, all);
      positions.push(set);
      i = end;
    } else positions.push({ kind: 'literal', char });
  }
  if (carets.length === 0) return { kind: 'ok', positions: reading.kind === 'PFX' && !reading.complexPrefixes ? withoutDotPastTheEnd(positions) : positions, more: 0 };
  const outside = `"^" at character ${carets[0]! + 1} is outside a set`;
  if (reading.complexPrefixes) return { kind: 'bad', reason: `${outside}, which COMPLEXPREFIXES reads reversed; drop it` };
  if (reading.kind === 'PFX') return { kind: 'ok', positions, more: /\]\^+$/.test(condition) ? 1 : 0 };
  if (!reading.utf8) return { kind: 'ok', positions, more: carets.length };
  // The word's bytes must reach the positions and every `^`; its characters, the positions and one more
  // for a leading `^` (the test reads it last, and a word that ends first fails). Where the positions'
  // multi-byte characters make up for the other `^`s, the bytes are there whenever the positions match
  // (uk_UA.aff's `(^весь)`, a regular expression's anchor and group written as literals).
  const leading = carets[0] === 0 ? 1 : 0;
  if (leastExtraBytes(positions, reading.oneByte ?? ASCII) >= carets.length - leading) return { kind: 'ok', positions, more: leading };
  const fix = 'drop it, or write "." for a character more';
  if (carets.length > 1) return { kind: 'bad', reason: `${outside}, one of ${carets.length}, whose length libhunspell counts in bytes in a UTF-8 dictionary; ${fix}` };
  return { kind: 'bad', reason: `${outside}, not leading the suffix condition, where libhunspell counts its length in bytes; ${fix}` };
}

/** A prefix condition's positions without a last `.` that follows a literal (see {@link parseCondition}). */
function withoutDotPastTheEnd(positions: ConditionPosition[]): ConditionPosition[] {
  const n = positions.length;
  return n >= 2 && positions[n - 1]!.kind === 'any' && positions[n - 2]!.kind === 'literal' ? positions.slice(0, -1) : positions;
}

/** U+0001 to U+007F, one byte each in UTF-8. */
const ASCII = { has: (char: string) => char.codePointAt(0)! < 0x80 };

/**
 * The bytes a word matching `positions` has at least beyond one per position, in a UTF-8 dictionary: one
 * for each position that only a character of more than one byte matches.
 */
function leastExtraBytes(positions: readonly ConditionPosition[], oneByte: { has(char: string): boolean }): number {
  let extra = 0;
  for (const position of positions) {
    if (position.kind === 'literal' ? !oneByte.has(position.char) : position.kind === 'set' && !position.negated && !position.chars.some((char) => oneByte.has(char))) extra++;
  }
  return extra;
}

/**
 * The characters libhunspell reads as one byte in a UTF-8 dictionary: U+0001 to U+007F (no word holds
 * U+0000). `standIn` is a character that stands for another one in the rules and words (an `OCONV` target
 * renamed in before generating, see conversion-renaming.ts); it counts as the character it stands for.
 */
export class OneByteChars {
  private readonly renamedOneByte: boolean | undefined;

  constructor(private readonly standIn?: { readonly char: string; readonly for: string }) {
    this.renamedOneByte = standIn === undefined ? undefined : OneByteChars.ascii(standIn.for);
  }

  private static ascii(char: string): boolean {
    const codePoint = char.codePointAt(0)!;
    return codePoint > 0 && codePoint < 0x80;
  }

  has(char: string): boolean {
    return char === this.standIn?.char ? this.renamedOneByte! : OneByteChars.ascii(char);
  }

  /** The one-byte characters but `except`, as sorted code point ranges. */
  ranges(except: readonly string[] = []): number[] {
    const codePoints: number[] = [];
    for (let codePoint = 1; codePoint < 0x80; codePoint++) codePoints.push(codePoint);
    if (this.standIn !== undefined) codePoints.push(this.standIn.char.codePointAt(0)!);
    const kept = codePoints.filter((codePoint) => this.has(String.fromCodePoint(codePoint)) && !except.includes(String.fromCodePoint(codePoint))).sort((a, b) => a - b);
    const ranges: number[] = [];
    for (const codePoint of kept) {
      if (ranges.length > 0 && ranges[ranges.length - 1] === codePoint - 1) ranges[ranges.length - 1] = codePoint;
      else ranges.push(codePoint, codePoint);
    }
    return ranges;
  }
}

/** The position narrowed to one-byte characters, or `undefined` when it holds none. */
function oneByteOnly(position: ConditionPosition, oneByte: OneByteChars): MatchedPosition | undefined {
  switch (position.kind) {
    case 'any':
      return { kind: 'ranges', negated: false, ranges: oneByte.ranges() };
    case 'literal':
      return oneByte.has(position.char) ? position : undefined;
    case 'set': {
      if (position.negated) {
        const ranges = oneByte.ranges(position.chars);
        return ranges.length === 0 ? undefined : { kind: 'ranges', negated: false, ranges };
      }
      const chars = position.chars.filter((char) => oneByte.has(char));
      if (chars.length === 0) return undefined;
      return chars.length === position.chars.length ? position : { kind: 'set', negated: false, chars };
    }
  }
}

/**
 * The most rules one condition becomes. Their number grows about 2.4-fold with each `.` that has a
 * position to its left (sk_SK's `ŕ...[^kl]a` becomes 13, no Debian dictionary has more); past this bound a
 * condition keeps the one-letter reading of `.` rather than become thousands of rules.
 */
const MAX_ALTERNATIVES = 64;

/** An upper bound of the number of {@link utf8SuffixAlternatives} (without the narrowing that drops some). */
function alternativeBound(positions: readonly ConditionPosition[]): number {
  // Alternatives of the positions right of the one read next: free, or with a one-byte letter there.
  let free = 1;
  let oneByteNext = 1;
  for (let index = 0; index < positions.length; index++) {
    if (index > 0 && positions[index]!.kind === 'any') [free, oneByteNext] = [2 * free + oneByteNext, free + oneByteNext];
    else oneByteNext = free;
  }
  return free;
}

/**
 * The condition libhunspell 1.7's suffix test applies in a UTF-8 dictionary (`SET UTF-8`), as
 * alternatives of which at most one matches a word. Walking back from the word's end over bytes, its `.`
 * steps back one byte, then over continuation bytes, then over one byte more when it stands on a lead
 * byte: right for a multi-byte character, but after a one-byte character the first step lands in the
 * character before it, which it passes too when that one is multi-byte. So a `.` with positions to its
 * left is one multi-byte character, or a one-byte character whose left neighbour is one byte too, or a
 * one-byte character and the multi-byte one before it, and the positions further left shift by one there.
 * sk_SK.aff's `[áéíóúŕýô].a` (no one-byte member) becomes `[áéíóúŕýô]<multi-byte>a` and
 * `[áéíóúŕýô]<multi-byte><one-byte>a`: `kultúra` matches neither (`t` is where `[áéíóúŕýô]` is tested).
 * The leftmost `.` has nothing to its left to shift and matches any character, as prefix conditions do
 * (their test walks forward over whole characters). A condition without such a `.` is its one
 * alternative, unchanged. In a dictionary of one byte per character every `.` is one character.
 */
export function utf8SuffixAlternatives(positions: readonly ConditionPosition[], oneByte: OneByteChars): MatchedPosition[][] {
  if (!positions.some((position, index) => index > 0 && position.kind === 'any')) return [[...positions]];
  if (alternativeBound(positions) > MAX_ALTERNATIVES) return [[...positions]];
  const anyOneByte: MatchedPosition = { kind: 'ranges', negated: false, ranges: oneByte.ranges() };
  const multiByte: MatchedPosition = { kind: 'ranges', negated: true, ranges: oneByte.ranges() };
  // Each alternative from the right end leftwards; `narrow`: the character at `index` must be one byte.
  const from = (index: number, narrow: boolean): MatchedPosition[][] => {
    if (index < 0) return [[]];
    const position = positions[index]!;
    if (position.kind !== 'any' || index === 0) {
      const narrowed = narrow ? oneByteOnly(position, oneByte) : position;
      return narrowed === undefined ? [] : from(index - 1, false).map((rest) => [narrowed, ...rest]);
    }
    const alternatives: MatchedPosition[][] = [];
    if (!narrow) for (const rest of from(index - 1, false)) alternatives.push([multiByte, ...rest]);
    for (const rest of from(index - 1, true)) alternatives.push([anyOneByte, ...rest]);
    for (const rest of from(index - 1, false)) alternatives.push([anyOneByte, multiByte, ...rest]);
    return alternatives;
  };
  return from(positions.length - 1, false).map((alternative) => alternative.reverse());
}

/** Letters, marks and digits are written as they are; every other character is escaped with a backslash. */
function escapeChar(char: string): string {
  return /^[\p{L}\p{M}\p{N}_]$/u.test(char) ? char : `\\${char}`;
}

/** A code point as a pattern-language escape. */
function codePointEscape(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase();
  return codePoint > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

function positionText(position: MatchedPosition): string {
  switch (position.kind) {
    case 'any':
      return '.';
    case 'literal':
      return escapeChar(position.char);
    case 'set':
      return `[${position.negated ? '^' : ''}${position.chars.map(escapeChar).join('')}]`;
    case 'ranges': {
      let members = '';
      for (let r = 0; r < position.ranges.length; r += 2) {
        const [low, high] = [position.ranges[r]!, position.ranges[r + 1]!];
        members += low === high ? codePointEscape(low) : `${codePointEscape(low)}-${codePointEscape(high)}`;
      }
      return `[${position.negated ? '^' : ''}${members}]`;
    }
  }
}

/**
 * The condition in the pattern language's syntax (without the slashes), or `''` for none. Without
 * Hunspell's `FULLSTRIP` a rule may not strip the whole word (hunspell(5)), so a condition shorter than
 * `strip` + 1 characters is padded with `.` on the side away from the affix: the word must be longer than
 * the strip.
 */
export function conditionText(
  positions: readonly MatchedPosition[],
  kind: 'PFX' | 'SFX',
  minLength: number,
): string {
  const padding = Math.max(0, minLength - positions.length);
  const body = positions.map(positionText).join('');
  const dots = '.'.repeat(padding);
  return kind === 'SFX' ? dots + body : body + dots;
}
