import type { Direction } from '@paradigm/core';
import type { DixPosition } from './apertium-error';
import type { DixEntry, ParItem, PardefTag } from './dix-reader';
import { EMPTY_LITERAL, joinLiterals, type Literal } from './literal';

/** The three lists lt-expand keeps per entry and per pardef, printed in this order. */
export const DIRECTIONS: readonly Direction[] = ['both', 'LR', 'RL'];

/** What one reference to a pardef contributes: the pardef's list `dir`, then the literal `after` it. */
export interface Part {
  readonly pardef: Pardef;
  readonly dir: Direction;
  readonly after: Literal;
}

/**
 * A run of expansions written symbolically: `head`, then for each part every item of that pardef list
 * followed by the part's literal, as a cartesian product in lexicographic order (first part outermost),
 * which is the order lt-expand's `append` produces.
 */
export interface Group {
  readonly head: Literal;
  readonly parts: readonly Part[];
}

export type Lists = Record<Direction, readonly Group[]>;

/** A pardef as lt-expand accumulates it: its three lists, grown by each of its entries in order. */
export interface Pardef {
  readonly name: string;
  /** Its first `<pardef>` tag (a name may be opened again; lt-expand appends to it). */
  readonly tag: PardefTag;
  /** Order of definition, used to key synthesized patterns. */
  readonly index: number;
  readonly lists: Record<Direction, Group[]>;
  /** Where it was first referenced: entries added after that go to a new version of the pardef. */
  usedAt: DixPosition | null;
}

const RESTRICTED = ['LR', 'RL'] as const;

/** Resolves a `<par>` to the pardef it names, or `null` after recording why it cannot. */
export type ResolvePar = (par: ParItem) => Pardef | null;

/**
 * The lists one entry produces, or `null` when lt-expand drops the entry (an `r="LR"` entry whose
 * pardef has nothing unrestricted or LR, or an unresolvable `<par>`). Follows lttoolbox 3.7.1
 * `Expander::procEntry` step by step, on groups instead of strings.
 */
export function entryLists(entry: DixEntry, resolve: ResolvePar): Lists | null {
  const lists: Record<Direction, Group[]> = { both: [], LR: [], RL: [] };
  lists[entry.mode.start] = [START];
  for (const item of entry.items) {
    if (item.kind === 'literal') {
      for (const dir of DIRECTIONS) if (lists[dir].length > 0) lists[dir] = lists[dir].map((group) => appendLiteral(group, item.literal));
      continue;
    }
    const pardef = resolve(item);
    if (!pardef) return null;
    const restricted = entry.mode.par;
    if (restricted !== 'both') {
      // An LR (RL) entry keeps its own list only: the pardef's LR (RL) items first, then its unrestricted ones.
      if (pardef.lists.both.length === 0 && pardef.lists[restricted].length === 0) return null;
      const own = lists[restricted];
      lists[restricted] = [...product(own, pardef, restricted), ...product(own, pardef, 'both')];
    } else {
      // Unrestricted items start LR (RL) runs only where the pardef has LR (RL) items; runs already
      // restricted continue only through restricted items (lt-expand drops their unrestricted continuations).
      for (const dir of RESTRICTED) {
        const seeded = pardef.lists[dir].length > 0 ? [...lists[dir], ...lists.both] : lists[dir];
        lists[dir] = product(seeded, pardef, dir);
      }
      lists.both = product(lists.both, pardef, 'both');
    }
  }
  return lists;
}

/** Where every entry starts (groups are immutable, so one serves all). */
const START: Group = { head: EMPTY_LITERAL, parts: [] };

function product(groups: readonly Group[], pardef: Pardef, dir: Direction): Group[] {
  if (pardef.lists[dir].length === 0) return [];
  const part = barePart(pardef, dir);
  return groups.map((group) => ({ head: group.head, parts: group.parts.length === 0 ? [part] : [...group.parts, part] }));
}

/** Parts are immutable, so one per pardef and list serves every `<par>` with nothing after it yet (urd: 14,259 of them). */
const bareParts = new WeakMap<Pardef, Record<Direction, Part>>();

function barePart(pardef: Pardef, dir: Direction): Part {
  let parts = bareParts.get(pardef);
  if (!parts) {
    parts = { both: { pardef, dir: 'both', after: EMPTY_LITERAL }, LR: { pardef, dir: 'LR', after: EMPTY_LITERAL }, RL: { pardef, dir: 'RL', after: EMPTY_LITERAL } };
    bareParts.set(pardef, parts);
  }
  return parts[dir];
}

/** `group` followed by `literal`. */
export function appendLiteral(group: Group, literal: Literal): Group {
  const { head, parts } = group;
  if (parts.length === 0) return { head: joinLiterals(head, literal), parts };
  const last = parts[parts.length - 1];
  return { head, parts: [...parts.slice(0, -1), { ...last, after: joinLiterals(last.after, literal) }] };
}
