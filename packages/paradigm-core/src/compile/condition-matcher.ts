import type { CharSet, ConditionAst } from '../syntax/condition-ast';
import { widthBefore } from '../text/code-points';

/** Tests whether a condition holds at one end of a word. Compiled once per rule; never allocates. */
export type ConditionMatcher = (text: string) => boolean;

/** Which end of the working form a condition is anchored to. */
export type Anchor = 'start' | 'end';

const ONE = 0;
const OPTIONAL = 1;
const STAR = 2;

function inSet(set: CharSet, cp: number): boolean {
  const ranges = set.ranges;
  for (let r = 0; r < ranges.length; r += 2) {
    if (cp >= ranges[r] && cp <= ranges[r + 1]) return !set.negated;
  }
  return set.negated;
}

/**
 * Compiles a condition to a matcher that reads code points from the anchored end. Conditions without
 * quantifiers (all of Hunspell's) compare position by position; the rest run as a set-of-states
 * automaton, so the work is at most (states x code points inspected), never exponential: there is no
 * backtracking to exploit.
 */
export function compileCondition(ast: ConditionAst, anchor: Anchor): ConditionMatcher {
  // Items in the order the matcher meets them: from the anchored end inwards.
  const ordered = anchor === 'end' ? [...ast.items].reverse() : [...ast.items];
  const sets: CharSet[] = [];
  const kinds: number[] = [];
  for (const item of ordered) {
    for (let n = 0; n < item.min; n++) {
      sets.push(item.set);
      kinds.push(ONE);
    }
    if (item.max === Infinity) {
      sets.push(item.set);
      kinds.push(STAR);
    } else {
      for (let n = item.min; n < item.max; n++) {
        sets.push(item.set);
        kinds.push(OPTIONAL);
      }
    }
  }
  const fixed = kinds.every((kind) => kind === ONE);
  if (fixed) return anchor === 'end' ? fixedAtEnd(sets) : fixedAtStart(sets);
  return automaton(sets, Uint8Array.from(kinds), anchor);
}

function fixedAtEnd(sets: readonly CharSet[]): ConditionMatcher {
  const count = sets.length;
  return (text) => {
    let end = text.length;
    for (let k = 0; k < count; k++) {
      if (end === 0) return false;
      end -= widthBefore(text, end);
      const cp = text.codePointAt(end)!;
      if (!inSet(sets[k], cp)) return false;
    }
    return true;
  };
}

function fixedAtStart(sets: readonly CharSet[]): ConditionMatcher {
  const count = sets.length;
  return (text) => {
    let index = 0;
    for (let k = 0; k < count; k++) {
      if (index >= text.length) return false;
      const cp = text.codePointAt(index)!;
      index += cp > 0xffff ? 2 : 1;
      if (!inSet(sets[k], cp)) return false;
    }
    return true;
  };
}

function automaton(sets: readonly CharSet[], kinds: Uint8Array, anchor: Anchor): ConditionMatcher {
  const accept = sets.length;
  let current = new Uint8Array(accept + 1);
  let next = new Uint8Array(accept + 1);
  // Epsilon moves only go from state i to i + 1, so one ascending pass closes a state set.
  const close = (states: Uint8Array): void => {
    for (let s = 0; s < accept; s++) if (states[s] === 1 && kinds[s] !== ONE) states[s + 1] = 1;
  };
  const step = (cp: number): 'accept' | 'dead' | 'live' => {
    next.fill(0);
    let alive = false;
    for (let s = 0; s < accept; s++) {
      if (current[s] === 1 && inSet(sets[s], cp)) {
        next[kinds[s] === STAR ? s : s + 1] = 1;
        alive = true;
      }
    }
    if (!alive) return 'dead';
    close(next);
    const swap = current;
    current = next;
    next = swap;
    return current[accept] === 1 ? 'accept' : 'live';
  };
  return (text) => {
    current.fill(0);
    current[0] = 1;
    close(current);
    if (current[accept] === 1) return true;
    if (anchor === 'start') {
      for (let index = 0; index < text.length; ) {
        const cp = text.codePointAt(index)!;
        index += cp > 0xffff ? 2 : 1;
        const state = step(cp);
        if (state !== 'live') return state === 'accept';
      }
    } else {
      for (let end = text.length; end > 0; ) {
        end -= widthBefore(text, end);
        const cp = text.codePointAt(end)!;
        const state = step(cp);
        if (state !== 'live') return state === 'accept';
      }
    }
    return false;
  };
}
