/** The largest lexeme id the database holds: the lexemes table's id is a PostgreSQL `integer`. */
export const LARGEST_LEXEME_ID = 2147483647;
