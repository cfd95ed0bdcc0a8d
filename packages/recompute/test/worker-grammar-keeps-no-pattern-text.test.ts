import { heapKeptByWorkerGrammar, TEXT_BYTES, textHeavyGrammar } from './support/heap-kept-by-worker-grammar';

it("the worker's grammar keeps none of its patterns' text, and still generates and finds dependents by name", () => {
  expect(heapKeptByWorkerGrammar()).toBeLessThan(TEXT_BYTES / 10);
  const grammar = textHeavyGrammar();
  expect(grammar.dependents([{ id: 3, name: 'p3' }])).toEqual([3]);
  const rows: string[] = [];
  expect(grammar.generate({ id: 1, lemma: 'w', patterns: [3] }, { add: (...row) => void rows.push(row.join('|')) })).toBeUndefined();
  expect(rows).toEqual(['1|3|CELL;OF;PATTERN;3|ws3|0|']);
});
