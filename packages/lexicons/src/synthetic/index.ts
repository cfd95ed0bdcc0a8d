// A deterministic synthetic lexicon of any size, for benchmarks, seeding and tests.
export { syntheticLexicon, checkSyntheticParams, type SyntheticLexicon } from './synthetic-lexicon';
export { mostPatternsPerLexeme, SYNTHETIC_DEFAULTS, syntheticLexemes, type SyntheticParams } from './lexeme-generator';
export { syntheticPatterns, type SyntheticPattern } from './pattern-catalog';
export { Rng } from './prng';
