// What tests of the engine and of the programs over it share: a small lexicon with every kind of
// pattern, loaded as any client would load it, and the exact forms paradigm-core says it must have.
export { PATTERNS, lexemes, loadLexicon, formsInTable, expectedForms, expectedFromDatabase, query, type FormRow } from './small-lexicon';
export { useLexiconDatabase } from './lexicon-database';
