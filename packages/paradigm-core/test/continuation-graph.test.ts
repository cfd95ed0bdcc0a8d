import { compileGrammar, compilePattern } from '@paradigm/core';

describe('a grammar exposes its patterns in id order with their direct continuation targets', () => {
  const { grammar, errors } = compileGrammar([
    { id: 30, name: 'case', source: 'pattern case\nrule => NOM\nrule suffix +de => LOC > rel' },
    { id: 10, name: 'noun', source: 'pattern noun\nrule => SG > case\nrule suffix +ler => PL > case rel\nrule suffix +a => X > rel' },
    { id: 20, name: 'rel', source: 'pattern rel\nrule suffix +ki => REL' },
    { id: 5, name: 'broken', source: 'pattern broken\nrule => X > missing' },
  ]);

  it('lists every compiled pattern once, ascending by id, leaving out patterns with errors', () => {
    expect(errors.map((e) => [e.code, e.patternId])).toEqual([['unknown-continuation', 5]]);
    expect([...grammar.patterns()].map((p) => [p.id, p.name])).toEqual([[10, 'noun'], [20, 'rel'], [30, 'case']]);
    expect([...grammar.patterns()].map((p) => p.id)).toEqual([10, 20, 30]);
  });

  it('gives the direct targets only, each once, in order of first mention', () => {
    expect([...grammar.patterns()].map((p) => [p.name, p.continuations])).toEqual([
      ['noun', [30, 20]],
      ['rel', []],
      ['case', [20]],
    ]);
    expect(grammar.pattern(10)?.continuations).toEqual([30, 20]);
  });

  it('leaves continuations empty for a pattern compiled on its own (names are not resolved)', () => {
    expect(compilePattern({ id: 1, name: 'p', source: 'pattern p\nrule => X > q' }).continuations).toEqual([]);
  });
});
