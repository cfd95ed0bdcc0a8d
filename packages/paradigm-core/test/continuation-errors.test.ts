import { compileGrammar } from '@paradigm/core';

const source = (name: string, body: string) => `pattern ${name}\n${body}`;

describe('continuation problems leave the patterns involved out of the grammar, with errors', () => {
  it('reports a cycle naming it, for every pattern on the cycle, without hanging', () => {
    const { grammar, errors } = compileGrammar([
      { id: 1, name: 'A', source: source('A', 'rule suffix +a => X > B') },
      { id: 2, name: 'B', source: source('B', 'rule suffix +b => Y > A') },
      { id: 3, name: 'C', source: source('C', 'rule suffix +c => Z') },
    ]);
    expect(errors).toEqual([
      { code: 'cycle', patternId: 1, patternName: 'A', line: 2, column: 23, message: 'pattern "A", line 2, column 23: continuations form a cycle A > B > A; remove one of these continuations' },
      { code: 'cycle', patternId: 2, patternName: 'B', line: 2, column: 23, message: 'pattern "B", line 2, column 23: continuations form a cycle A > B > A; remove one of these continuations' },
    ]);
    expect([grammar.size, grammar.patternByName('C')?.id, grammar.pattern(1)]).toEqual([1, 3, undefined]);
  });

  it('reports a pattern that continues into itself', () => {
    const { errors } = compileGrammar([{ id: 1, name: 'A', source: source('A', 'rule => > A') }]);
    expect(errors.map((e) => e.message)).toEqual(['pattern "A", line 2, column 11: continuations form a cycle A > A; remove one of these continuations']);
  });

  it('reports an unknown continuation name', () => {
    const { errors } = compileGrammar([{ id: 7, name: 'A', source: source('A', 'rule => X > nope') }]);
    expect(errors).toEqual([
      { code: 'unknown-continuation', patternId: 7, patternName: 'A', line: 2, column: 13,
        message: 'pattern "A", line 2, column 13: continues with "nope", which is not among the patterns; add it or fix the name' },
    ]);
  });

  it('leaves out a pattern that continues into a pattern with errors, and says so', () => {
    const { grammar, errors } = compileGrammar([
      { id: 1, name: 'top', source: source('top', 'rule => X > mid') },
      { id: 2, name: 'mid', source: source('mid', 'rule => Y > broken') },
      { id: 3, name: 'broken', source: source('broken', 'rule suffix /(a)/ => Z') },
    ]);
    expect(errors.map((e) => [e.code, e.patternName])).toEqual([
      ['syntax', 'broken'],
      ['broken-continuation', 'mid'],
      ['broken-continuation', 'top'],
    ]);
    expect(errors[1].message).toBe('pattern "mid", line 2, column 13: continues with "broken", which has errors of its own; fix that pattern first');
    expect(grammar.size).toBe(0);
  });

  it('reports duplicate ids and names and keeps the first', () => {
    const { grammar, errors } = compileGrammar([
      { id: 1, name: 'A', source: source('A', 'rule => X') },
      { id: 1, name: 'B', source: source('B', 'rule => X') },
      { id: 2, name: 'A', source: source('A', 'rule => Y') },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'pattern "B" (id 1): id 1 is also used by "A"; give every pattern a unique id and name',
      'pattern "A" (id 2): the name "A" is used twice; give every pattern a unique id and name',
    ]);
    expect(grammar.size).toBe(1);
  });
});
