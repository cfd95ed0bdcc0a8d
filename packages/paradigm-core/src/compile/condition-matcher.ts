import type { CharSet, ConditionAst } from '../syntax/condition-ast';
import { widthBefore } from '../text/code-points';

/**
 * Tests whether a condition holds at one end of a word. Compiled once per rule; never allocates. An
 * object with a method rather than a closure: every rule's matcher then shares one of three classes,
 * so the generator's call site stays monomorphic and V8 inlines it (a closure per rule made the call
 * site megamorphic).
 */
export interface ConditionMatcher {
  test(text: string): boolean;
}

/** Which end of the working form a condition is anchored to. */
export type Anchor = 'start' | 'end';

const ONE = 0;
const OPTIONAL = 1;
const STAR = 2;

function inRanges(set: CharSet, cp: number): boolean {
  const ranges = set.ranges;
  for (let r = 0; r < ranges.length; r += 2) {
    if (cp >= ranges[r] && cp <= ranges[r + 1]) return !set.negated;
  }
  return set.negated;
}

/** A character set with membership of ASCII precomputed (most condition letters are ASCII). */
interface MatchSet extends CharSet {
  readonly ascii: Uint8Array;
}

const ASCII_END = 0x80;

function matchSet(set: CharSet): MatchSet {
  const ascii = new Uint8Array(ASCII_END);
  for (let cp = 0; cp < ASCII_END; cp++) ascii[cp] = inRanges(set, cp) ? 1 : 0;
  return { negated: set.negated, ranges: set.ranges, ascii };
}

function inSet(set: MatchSet, cp: number): boolean {
  return cp < ASCII_END ? set.ascii[cp] === 1 : inRanges(set, cp);
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
  const sets: MatchSet[] = [];
  const kinds: number[] = [];
  for (const item of ordered) {
    const set = matchSet(item.set);
    for (let n = 0; n < item.min; n++) {
      sets.push(set);
      kinds.push(ONE);
    }
    if (item.max === Infinity) {
      sets.push(set);
      kinds.push(STAR);
    } else {
      for (let n = item.min; n < item.max; n++) {
        sets.push(set);
        kinds.push(OPTIONAL);
      }
    }
  }
  const fixed = kinds.every((kind) => kind === ONE);
  if (fixed) return anchor === 'end' ? new FixedAtEnd(sets) : new FixedAtStart(sets);
  return new Automaton(automaton(sets, Uint8Array.from(kinds), anchor));
}

class FixedAtEnd implements ConditionMatcher {
  constructor(private readonly sets: readonly MatchSet[]) {}

  test(text: string): boolean {
    const sets = this.sets;
    let end = text.length;
    for (let k = 0; k < sets.length; k++) {
      if (end === 0) return false;
      end -= widthBefore(text, end);
      const cp = text.codePointAt(end)!;
      if (!inSet(sets[k], cp)) return false;
    }
    return true;
  }
}

class FixedAtStart implements ConditionMatcher {
  constructor(private readonly sets: readonly MatchSet[]) {}

  test(text: string): boolean {
    const sets = this.sets;
    let index = 0;
    for (let k = 0; k < sets.length; k++) {
      if (index >= text.length) return false;
      const cp = text.codePointAt(index)!;
      index += cp > 0xffff ? 2 : 1;
      if (!inSet(sets[k], cp)) return false;
    }
    return true;
  }
}

class Automaton implements ConditionMatcher {
  constructor(readonly test: (text: string) => boolean) {}
}

function automaton(sets: readonly MatchSet[], kinds: Uint8Array, anchor: Anchor): (text: string) => boolean {
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
