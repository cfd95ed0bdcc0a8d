/**
 * The nodes reachable from `roots`, the roots included, following `next` (a node's successors): each
 * once, in the order first reached (the roots first, in their order), whatever cycles the graph has.
 * A walk with its own stack, as a chain of continuations may be as deep as a grammar makes it.
 */
export function reachable<T>(roots: Iterable<T>, next: (node: T) => Iterable<T>): Set<T> {
  const reached = new Set<T>();
  const pending: T[] = [];
  const reach = (node: T) => {
    if (reached.has(node)) return;
    reached.add(node);
    pending.push(node);
  };
  for (const root of roots) reach(root);
  while (pending.length > 0) for (const successor of next(pending.pop() as T)) reach(successor);
  return reached;
}
