/**
 * The largest lexeme id: ids are 32-bit signed integers, as the lexemes table stores them (a
 * PostgreSQL `integer`), so flags, files and ranges that name ids are bounded by it.
 */
export const LARGEST_LEXEME_ID = 2147483647;
