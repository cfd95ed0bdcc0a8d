import { LARGEST_LEXEME_ID } from '@paradigm/core';

/**
 * The bound below every `lexemes.id` (an `integer`) for keyset reads and id ranges, which take their
 * bounds as `bigint`: a range `(after, last]` from {@link BEFORE_FIRST_LEXEME_ID} to `LARGEST_LEXEME_ID`
 * (paradigm-core) holds every id there can be.
 */
export const BEFORE_FIRST_LEXEME_ID = -(LARGEST_LEXEME_ID + 2);
