import type { PlanOptions } from './chaos-plan';

/** The repository's small real dictionaries and example files the soaks' imports and loads read. */
export const DICTIONARIES: PlanOptions['dictionaries'] = {
  hunspell: ['packages/lexicons/test/hunspell/fixtures/conditions.aff', 'packages/lexicons/test/hunspell/fixtures/conditions.dic'],
  apertium: 'packages/lexicons/test/apertium/fixtures/basic.dix',
  patterns: ['docs/examples/english.patterns', 'docs/examples/conlang.patterns'],
  tsv: 'docs/examples/lexemes.tsv',
};
