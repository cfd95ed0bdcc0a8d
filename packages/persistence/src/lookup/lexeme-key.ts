import { LARGEST_LEXEME_ID } from '@paradigm/core';
import { spellings } from './spellings';

/**
 * How a command line names a lexeme: a whole number is its id, anything else its lemma (which several
 * lexemes may share; composed or decomposed, see {@link spellings}). The SQL condition on `lexemes l`
 * and its one parameter.
 */
export function lexemeKeyCondition(key: string): { condition: string; value: number | string[] } {
  return /^[1-9][0-9]{0,9}$/.test(key) && Number(key) <= LARGEST_LEXEME_ID
    ? { condition: 'l.id = $1', value: Number(key) }
    : { condition: 'l.lemma = ANY($1::text[])', value: spellings(key) };
}
