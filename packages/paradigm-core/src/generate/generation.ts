/**
 * Which forms this paradigm-core generates: raised with every change after which some patterns and
 * lexeme generate other forms than before (a fix to what a rule means; not speed, messages or new
 * syntax that earlier sources could not use). Stored forms are computed by one generation: a database
 * records it, and a worker of a later generation computes every lexeme again before anything else
 * (docs/guarantees.md). The test `generation-is-raised-when-the-forms-change` (lexicons) holds a digest
 * of a reference corpus's forms per generation, so a change of the forms that leaves it as it is fails.
 */
export const GENERATION = 1;
