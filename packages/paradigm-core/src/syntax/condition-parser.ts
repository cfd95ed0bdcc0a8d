import type { CharSet, ConditionAst, ConditionItem } from './condition-ast';
import { explainUnstorable, isUnstorableCodePoint } from '../text/storable-text';
import { SourceProblem } from './source-problem';

/**
 * Largest `{m,n}` bound and largest expanded condition. Each item becomes at most one matcher state,
 * and matching costs (states x inspected code points), so these caps bound the work per condition.
 */
export const MAX_REPEAT = 100;
export const MAX_CONDITION_STATES = 256;

const ATOM_EXPECTED = "a letter, '.', or a [class]";

/**
 * Parses an affix condition in the safe subset of docs/patterns.md: literals, `.`, classes, and
 * `? * + {m,n}` on one atom. Anything that could backtrack (groups, alternation, back-references,
 * look-around, nested quantifiers) is rejected here, with the column of the offending character.
 * `line`/`column` locate the first character of `source` in the pattern text.
 */
export function parseCondition(source: string, line: number, column: number): ConditionAst {
  const chars = Array.from(source);
  const items: ConditionItem[] = [];
  let states = 0;
  let i = 0;
  const fail = (at: number, expected: string, detail: string): never => {
    throw new SourceProblem(line, column + at, expected, `condition /${source}/: ${detail}`);
  };

  const readEscape = (at: number): [number, number] => {
    const [codePoint, end] = readEscapeBody(at);
    if (isUnstorableCodePoint(codePoint)) fail(at, 'text without U+0000 or unpaired surrogates', `${chars.slice(at, end).join('')} spells ${explainUnstorable(codePoint)}`);
    return [codePoint, end];
  };
  const readEscapeBody = (at: number): [number, number] => {
    const next = chars[at + 1];
    if (next === undefined) return fail(at, 'a character after \\', 'the condition ends with a lone backslash');
    if (next === 'u') {
      if (chars[at + 2] === '{') {
        const close = chars.indexOf('}', at + 3);
        const hex = close < 0 ? '' : chars.slice(at + 3, close).join('');
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff)
          return fail(at, '\\u{HEX}', 'malformed \\u{...} escape');
        return [parseInt(hex, 16), close + 1];
      }
      const hex = chars.slice(at + 2, at + 6).join('');
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail(at, '\\uXXXX', 'malformed \\u escape');
      return [parseInt(hex, 16), at + 6];
    }
    if (/^[1-9]$/.test(next))
      return fail(at, ATOM_EXPECTED, 'back-references are not allowed in conditions');
    if (/^[\p{L}\p{N}_]$/u.test(next))
      return fail(at, ATOM_EXPECTED, `the escape \\${next} is not supported; write a class such as [0-9] instead`);
    return [next.codePointAt(0)!, at + 2];
  };

  const readClass = (at: number): [CharSet, number] => {
    let j = at + 1;
    let negated = false;
    if (chars[j] === '^') {
      negated = true;
      j++;
    }
    const ranges: number[] = [];
    const readMember = (): number => {
      const ch = chars[j];
      if (ch === undefined) return fail(at, "']'", 'the class [ has no closing ]');
      if (ch === '\\') {
        const [cp, next] = readEscape(j);
        j = next;
        return cp;
      }
      if (ch === '[') return fail(j, "a letter or ']'", 'nested [ in a class; escape it as \\[');
      j++;
      return ch.codePointAt(0)!;
    };
    while (chars[j] !== ']') {
      if (chars[j] === undefined) return fail(at, "']'", 'the class [ has no closing ]');
      const low = readMember();
      let high = low;
      if (chars[j] === '-' && chars[j + 1] !== undefined && chars[j + 1] !== ']') {
        const dash = j;
        j++;
        high = readMember();
        if (high < low) return fail(dash, 'a range from low to high', 'the range is reversed');
      }
      ranges.push(low, high);
    }
    if (ranges.length === 0) return fail(at, 'at least one character', 'the class [] is empty');
    return [{ negated, ranges }, j + 1];
  };

  const readQuantifier = (at: number): [number, number, number] | undefined => {
    const ch = chars[at];
    if (ch === '?') return [0, 1, at + 1];
    if (ch === '*') return [0, Infinity, at + 1];
    if (ch === '+') return [1, Infinity, at + 1];
    if (ch !== '{') return undefined;
    const close = chars.indexOf('}', at);
    const body = close < 0 ? '' : chars.slice(at + 1, close).join('');
    const match = /^(\d+)(,(\d*))?$/.exec(body);
    if (!match) return fail(at, '{m}, {m,} or {m,n}', 'malformed repetition');
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    if (max < min) return fail(at, 'm <= n in {m,n}', `the repetition {${body}} has max below min`);
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
      return fail(at, `a bound of at most ${MAX_REPEAT}`, `the repetition {${body}} is too large`);
    return [min, max, close + 1];
  };

  while (i < chars.length) {
    const ch = chars[i];
    let set: CharSet;
    let next: number;
    if (ch === '(' || ch === ')') {
      return fail(i, ATOM_EXPECTED, 'groups and look-around are not allowed in conditions');
    } else if (ch === '|') {
      return fail(i, ATOM_EXPECTED, 'alternation (|) is not allowed in conditions; use a class [ab]');
    } else if (ch === '^' || ch === '$') {
      return fail(i, ATOM_EXPECTED, `conditions are anchored already; remove the ${ch}`);
    } else if (ch === '?' || ch === '*' || ch === '+' || ch === '{') {
      return fail(i, ATOM_EXPECTED, `the quantifier ${ch} has nothing to repeat`);
    } else if (ch === ']' || ch === '}') {
      return fail(i, ATOM_EXPECTED, `unbalanced ${ch}; escape it as \\${ch}`);
    } else if (ch === '.') {
      set = { negated: true, ranges: [] };
      next = i + 1;
    } else if (ch === '[') {
      [set, next] = readClass(i);
    } else if (ch === '\\') {
      const [cp, after] = readEscape(i);
      set = { negated: false, ranges: [cp, cp] };
      next = after;
    } else {
      const cp = ch.codePointAt(0)!;
      set = { negated: false, ranges: [cp, cp] };
      next = i + 1;
    }
    let min = 1;
    let max = 1;
    const quantifier = readQuantifier(next);
    if (quantifier) {
      [min, max, next] = quantifier;
      const after = chars[next];
      if (after === '?' || after === '*' || after === '+' || after === '{')
        return fail(next, ATOM_EXPECTED, 'a quantifier cannot follow a quantifier (nested or lazy repetition)');
    }
    states += max === Infinity ? min + 1 : max;
    if (states > MAX_CONDITION_STATES)
      return fail(i, `a condition of at most ${MAX_CONDITION_STATES} positions`, 'the condition is too long');
    items.push({ set, min, max });
    i = next;
  }
  return { source, items };
}
