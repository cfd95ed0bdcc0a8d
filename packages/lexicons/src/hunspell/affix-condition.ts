/**
 * One position of a Hunspell condition: any character (`.`), one literal character, or a character set
 * (`[abc]`, `[^abc]`). Hunspell gives `-` no meaning inside sets, so `[a-z]` is the three characters a, -, z.
 */
export type ConditionPosition =
  | { readonly kind: 'any' }
  | { readonly kind: 'literal'; readonly char: string }
  | { readonly kind: 'set'; readonly negated: boolean; readonly chars: readonly string[] };

/** A parsed condition, or why it is malformed. */
export type ParsedCondition =
  | { readonly kind: 'ok'; readonly positions: readonly ConditionPosition[] }
  | { readonly kind: 'bad'; readonly reason: string };

/** Parses Hunspell's condition syntax (`.` alone means no condition). */
export function parseCondition(condition: string): ParsedCondition {
  if (condition === '.') return { kind: 'ok', positions: [] };
  const chars = Array.from(condition);
  const positions: ConditionPosition[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '.') positions.push({ kind: 'any' });
    else if (char === ']') return { kind: 'bad', reason: `"]" at character ${i + 1} closes no "["` };
    else if (char === '[') {
      const end = chars.indexOf(']', i + 1);
      if (end < 0) return { kind: 'bad', reason: `"[" at character ${i + 1} is never closed with "]"` };
      const negated = chars[i + 1] === '^';
      const members = chars.slice(negated ? i + 2 : i + 1, end);
      if (members.length === 0) return { kind: 'bad', reason: `the set at character ${i + 1} is empty` };
      if (members.includes('[')) return { kind: 'bad', reason: `"[" inside the set at character ${i + 1}` };
      positions.push({ kind: 'set', negated, chars: members });
      i = end;
    } else positions.push({ kind: 'literal', char });
  }
  return { kind: 'ok', positions };
}

/** Letters, marks and digits are written as they are; every other character is escaped with a backslash. */
function escapeChar(char: string): string {
  return /^[\p{L}\p{M}\p{N}_]$/u.test(char) ? char : `\\${char}`;
}

function positionText(position: ConditionPosition): string {
  switch (position.kind) {
    case 'any':
      return '.';
    case 'literal':
      return escapeChar(position.char);
    case 'set':
      return `[${position.negated ? '^' : ''}${position.chars.map(escapeChar).join('')}]`;
  }
}

/**
 * The condition in the pattern language's syntax (without the slashes), or `''` for none. Without
 * Hunspell's `FULLSTRIP` a rule may not strip the whole word (hunspell(5)), so a condition shorter than
 * `strip` + 1 characters is padded with `.` on the side away from the affix: the word must be longer than
 * the strip.
 */
export function conditionText(
  positions: readonly ConditionPosition[],
  kind: 'PFX' | 'SFX',
  minLength: number,
): string {
  const padding = Math.max(0, minLength - positions.length);
  const body = positions.map(positionText).join('');
  const dots = '.'.repeat(padding);
  return kind === 'SFX' ? dots + body : body + dots;
}
