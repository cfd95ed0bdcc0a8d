import type { Group, Part } from './entry-lists';
import { joinLiterals, literalKey, type Literal } from './literal';

/**
 * A run of parts, first to last, as a linked list whose equal runs are one object: what a synthesized
 * pattern stands for. Equal means the same pardefs, lists and literals after each, in the same order.
 */
export interface PartChain {
  readonly part: Part;
  readonly rest: PartChain | null;
  /** Numbers the chains in the order they were made: equal ids, equal chains. */
  readonly id: number;
}

/**
 * Makes {@link PartChain}s, each once. Continuing a group into the rest of an enclosing one then costs
 * the group's own parts, not the rest's: a pardef nested 800 deep, each level with a `<par>` after the
 * nested one, has rests 800 parts long, and copying and keying them by their text (as arrays) made
 * writing its patterns cubic (85 s and 2.6 GB to expand).
 */
export class PartChains {
  private readonly byKey = new Map<string, PartChain>();

  /** `part` followed by `rest`. */
  chain(part: Part, rest: PartChain | null): PartChain {
    const key = `${part.pardef.index}${part.dir}${literalKey(part.after)}|${rest === null ? '' : rest.id}`;
    let chain = this.byKey.get(key);
    if (chain === undefined) this.byKey.set(key, (chain = { part, rest, id: this.byKey.size + 1 }));
    return chain;
  }

  /** `parts` followed by `rest`; `null` when both are empty. */
  of(parts: readonly Part[], rest: PartChain | null = null): PartChain | null {
    let chain = rest;
    for (let i = parts.length - 1; i >= 0; i--) chain = this.chain(parts[i], chain);
    return chain;
  }

  /** `group` followed by `after` and then by `rest` (the tail of an enclosing group): the head it starts with, and its parts. */
  appendTail(group: Group, after: Literal, rest: PartChain | null): { readonly head: Literal; readonly chain: PartChain | null } {
    const { head, parts } = group;
    if (parts.length === 0) return { head: joinLiterals(head, after), chain: rest };
    const last = parts[parts.length - 1];
    const joined = joinLiterals(last.after, after);
    let chain = this.chain(joined === last.after ? last : { ...last, after: joined }, rest);
    for (let i = parts.length - 2; i >= 0; i--) chain = this.chain(parts[i], chain);
    return { head, chain };
  }
}
