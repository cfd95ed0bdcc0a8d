import { compileGrammar, generateInto } from '@paradigm/core';

// The one wall-clock bound the issue asks for: conditions built to make a backtracking engine
// explode must not stall generation on a long stem. The bound is generous so it is never flaky.
describe('a hostile condition on a 10,000-character stem finishes quickly', () => {
  it('generates within 500 ms', () => {
    const { grammar, errors } = compileGrammar([
      {
        id: 1,
        name: 'hostile',
        source: `pattern hostile
rule suffix +x /a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/ => X
rule prefix +y /a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/ => Y
rule suffix +z /.*.*.*.*.*.*.*.*.*.*.*.*b/ => Z
rule suffix +w /[a]{0,100}[a]{0,100}c/ => W`,
      },
    ]);
    expect(errors).toEqual([]);
    const stem = 'a'.repeat(10_000);
    let forms = 0;
    const started = performance.now();
    generateInto(grammar, { id: 1, lemma: stem, patterns: [1] }, () => forms++);
    expect(forms).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
