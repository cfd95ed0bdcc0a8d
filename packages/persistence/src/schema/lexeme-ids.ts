/**
 * Bounds of `lexemes.id` (an `integer`) for keyset reads and id ranges, which take their bounds as
 * `bigint`: a range `(after, last]` from {@link BEFORE_FIRST_LEXEME_ID} to {@link LAST_LEXEME_ID} holds
 * every id there can be.
 */
export const BEFORE_FIRST_LEXEME_ID = -2147483649;

/** The largest `integer` id: the `last` of a range that runs to the end. */
export const LAST_LEXEME_ID = 2147483647;
