// The generator reads every operation's `kind` and its kind's fields for every form. Operations of
// different kinds, or skeletons made different ways, with maps of their own made the optimized
// generator meet a map it had not seen when a rarer kind came along, and V8 threw its code away and
// compiled it again. V8's own check answers whether two objects share a map.
import { setFlagsFromString } from 'node:v8';
import { compileGrammar } from '@paradigm/core';
import type { PatternProgram } from '../src/compile/compiled-pattern';

setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const SOURCE = [
  'pattern every-kind',
  'vowels: a i u',
  'scheme pass: a>u',
  'rule suffix +ta => A',
  'rule prefix -x +ma /x/ => B',
  'rule ablaut pass => C',
  'rule redup cv => D',
  'rule template C-a-C-a-C => E',
  'rule template ma-C-a-C ablaut pass => F',
  '',
].join('\n');

describe('compiled operations', () => {
  const { grammar, errors } = compileGrammar([{ id: 1, name: 'every-kind', source: SOURCE }]);
  const program = grammar.pattern(1) as PatternProgram;
  const operations = program.rules.flatMap((rule) => rule.operations);

  it('of every kind share one map', () => {
    expect(errors).toEqual([]);
    expect(operations.map((operation) => operation.kind)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(operations.map((operation) => haveSameMap(operation, operations[0]!))).toEqual([true, true, true, true, true, true]);
  });

  it('hold skeletons that share one map, also one an ablaut scheme rewrote', () => {
    const [plain, rewritten] = operations.filter((operation) => operation.skeleton !== null).map((operation) => operation.skeleton!);
    expect([plain!.parts, rewritten!.parts]).toEqual([[0, 'a', 1, 'a', 2], ['mu', 0, 'u', 1]]);
    expect(haveSameMap(plain!, rewritten!)).toBe(true);
  });
});
