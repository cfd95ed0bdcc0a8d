import type { DixDocument, PardefTag } from './dix-reader';

/**
 * The pardefs of a .dix as a graph, to explain a `<par>` that could not be resolved: where each pardef
 * is opened, and which pardefs reach each other through `<par>` references. Built once, on the first
 * question, in time linear in the document (a dictionary may hold thousands of such problems, e.g. a
 * long chain of pardefs each used above its definition), without recursion (a chain may be longer than
 * the call stack).
 */
export class PardefGraph {
  private opened: Map<string, PardefTag[]> | undefined;
  private component: Map<string, number> | undefined;

  constructor(private readonly document: DixDocument) {}

  /** The first `<pardef>` named `name` opened after `position`, if any. */
  openedAfter(name: string, position: { line: number; column: number }): PardefTag | undefined {
    return this.tags().get(name)?.find((tag) => tag.line > position.line || (tag.line === position.line && tag.column > position.column));
  }

  /** True when some `<pardef>` is named `name`. */
  isOpened(name: string): boolean {
    return this.tags().has(name);
  }

  /**
   * True when pardefs `a` and `b` reach each other through `<par>` references (any of their
   * definitions): a cycle, when `a` already refers to `b`.
   */
  mutuallyReachable(a: string, b: string): boolean {
    if (a === b) return true;
    const components = this.components();
    const ca = components.get(a);
    return ca !== undefined && ca === components.get(b);
  }

  private tags(): Map<string, PardefTag[]> {
    if (this.opened) return this.opened;
    const opened = new Map<string, PardefTag[]>();
    for (const tag of this.document.pardefs) {
      const list = opened.get(tag.name);
      if (list) list.push(tag);
      else opened.set(tag.name, [tag]);
    }
    return (this.opened = opened);
  }

  /** Strongly connected components of the reference graph (Tarjan's algorithm with an explicit stack). */
  private components(): Map<string, number> {
    if (this.component) return this.component;
    const edges = new Map<string, string[]>();
    const edgesOf = (name: string): string[] => {
      let list = edges.get(name);
      if (!list) edges.set(name, (list = []));
      return list;
    };
    for (const entry of this.document.entries) {
      if (entry.pardef === null) continue;
      const from = edgesOf(entry.pardef.name);
      for (const item of entry.items) if (item.kind === 'par') from.push(item.name);
    }
    for (const targets of [...edges.values()]) for (const target of targets) edgesOf(target);

    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const component = new Map<string, number>();
    let next = 0;
    let components = 0;
    for (const root of edges.keys()) {
      if (index.has(root)) continue;
      // Each frame is a node and the position of the next of its edges to follow.
      const frames: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
      index.set(root, next);
      low.set(root, next++);
      stack.push(root);
      onStack.add(root);
      while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        const targets = edges.get(frame.node)!;
        if (frame.edge < targets.length) {
          const target = targets[frame.edge++];
          if (!index.has(target)) {
            index.set(target, next);
            low.set(target, next++);
            stack.push(target);
            onStack.add(target);
            frames.push({ node: target, edge: 0 });
          } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
          continue;
        }
        frames.pop();
        if (frames.length > 0) {
          const parent = frames[frames.length - 1].node;
          low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
        }
        if (low.get(frame.node) === index.get(frame.node)) {
          let member: string;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            component.set(member, components);
          } while (member !== frame.node);
          components++;
        }
      }
    }
    return (this.component = component);
  }
}
