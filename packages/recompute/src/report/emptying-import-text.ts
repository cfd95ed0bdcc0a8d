import { plural } from '@paradigm/core';

/**
 * Why an import of a dictionary that gives no lexemes is refused in place of a lexicon of `existing`
 * lexemes (`paradigm import` and the workbench's upload): it would empty the lexicon, which is never
 * what a user importing a dictionary means; undefined when the import may go on.
 */
export function emptyingImportText(source: string, lexemes: number, existing: number, database: string): string | undefined {
  if (existing === 0 || lexemes > 0) return undefined;
  return `${source} gives no lexemes, and importing it would empty the lexicon in ${database} (${plural(existing, 'lexeme')}); nothing was changed. Check that this is the dictionary you meant`;
}
