import { compileGrammar } from '@paradigm/core';
import { SYNTHETIC_DEFAULTS, syntheticPatterns } from '@paradigm/lexicons';

describe('every seed gives synthetic patterns that compile', () => {
  // Only the patterns are generated (no lexemes), so a wide range of seeds stays cheap.
  const seeds = Array.from({ length: 1001 }, (_, i) => i);

  it(`seeds ${seeds[0]}..${seeds.at(-1)} (the default ${SYNTHETIC_DEFAULTS.seed} among them) compile without errors`, () => {
    const failing = seeds.flatMap((seed) => compileGrammar(syntheticPatterns(seed).map((c) => c.pattern)).errors.map((error) => `seed ${seed}: ${error.message}`));
    expect(failing).toEqual([]);
  });
});
