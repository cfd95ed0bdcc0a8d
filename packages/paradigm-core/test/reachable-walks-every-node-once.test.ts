import { reachable } from '@paradigm/core';

const graph = new Map<string, string[]>([
  ['a', ['b', 'c']],
  ['b', ['d']],
  ['c', ['a', 'd']],
  ['d', []],
  ['e', ['a']],
]);
const next = (node: string) => graph.get(node) ?? [];

describe('reachable', () => {
  it('gives the roots first, in their order, then each node reached once, through cycles', () => {
    expect([...reachable(['e', 'b'], next)]).toEqual(['e', 'b', 'd', 'a', 'c']);
  });

  it('keeps a root or successor the graph does not know, and follows nothing from it', () => {
    expect([...reachable(['x', 'd'], (node) => (node === 'd' ? ['y'] : next(node)))]).toEqual(['x', 'd', 'y']);
  });

  it('gives nothing without roots', () => {
    expect([...reachable([], next)]).toEqual([]);
  });

  it('walks a chain deeper than the call stack allows', () => {
    const depth = 1_000_000;
    const reached = reachable([0], (node) => (node < depth ? [node + 1] : []));
    expect(reached.size).toBe(depth + 1);
  });
});
