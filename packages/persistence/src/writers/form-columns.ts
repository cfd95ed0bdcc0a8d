/** The `forms` columns every writer fills, in this order (COPY text rows carry them in this order too). */
export const FORM_COLUMNS = '(lexeme_id, pattern_id, cell, form, position, analysis)';
