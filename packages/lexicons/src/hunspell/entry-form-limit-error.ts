import { excerpt, plural } from '@paradigm/core';
import { HunspellImportError } from './hunspell-import-error';

/**
 * A .dic entry derives more forms than the expansion allows one entry (`maxFormsPerEntry`), so the
 * expansion stopped at it. An entry's words are held until it is done, to print each once, so the limit
 * bounds memory: two levels of suffix classes multiply, and 303 of hu_HU's first 400 entries derive more
 * than 100,000 forms. Also thrown for an entry whose forms add up to more characters than paradigm-core's
 * `maxCharsPerLexeme`, which grows with the form limit (then `characters` is that limit).
 */
export class EntryFormLimitError extends HunspellImportError {
  /**
   * @param file - the .dic file's name
   * @param line - the entry's 1-based line, or 0 when the lexicon was read whole and lines are not known
   * @param word - the entry's word
   * @param limit - the forms one entry may derive
   * @param entry - the entry's number, named when its line is not known
   * @param characters - the characters one entry's forms may add up to, when that is the limit it passed
   */
  constructor(
    file: string,
    line: number,
    readonly word: string,
    readonly limit: number,
    entry?: number,
    readonly characters?: number,
  ) {
    const named = line > 0 || entry === undefined ? `entry "${excerpt(word)}"` : `entry ${entry} ("${excerpt(word)}")`;
    super(
      file,
      line,
      characters === undefined
        ? `${named} derives more than ${plural(limit, 'form')}, the limit for one entry (its classes' continuations multiply); the expansion stopped there`
        : `${named} generates forms of more than ${characters} characters in all, the limit for one entry with a limit of ${plural(limit, 'form')} (its classes' continuations lengthen its forms); the expansion stopped there`,
    );
  }
}

/** Thrown by the generation of one entry past the limit; the caller, who knows where the entry is, names it. */
export class FormLimitReached extends Error {
  override readonly name = 'FormLimitReached';

  constructor(
    readonly lexemeId: number,
    readonly word: string,
    readonly limit: number,
    /** Set when the limit passed is the characters of its forms (paradigm-core's `maxCharsPerLexeme`), not their number. */
    readonly characters?: number,
  ) {
    super(characters === undefined ? `entry ${lexemeId} "${excerpt(word)}" derives more than ${plural(limit, 'form')}` : `entry ${lexemeId} "${excerpt(word)}" generates forms of more than ${characters} characters`);
  }
}

/** `generated`, with the entry past the limit named as `name` says (by its .dic line, or its number). */
export function* namingEntryPastLimit<T>(generated: Generator<T>, name: (reached: FormLimitReached) => EntryFormLimitError): Generator<T> {
  try {
    yield* generated;
  } catch (error) {
    if (error instanceof FormLimitReached) throw name(error);
    throw error;
  }
}

/**
 * Reads a limit of forms per entry as a command line gives it: a positive whole number, or `none` for no
 * limit (`Infinity`). Returns `undefined` for anything else.
 */
export function parseFormLimit(text: string): number | undefined {
  if (text === 'none') return Infinity;
  if (!/^[1-9][0-9]*$/.test(text)) return undefined;
  const limit = Number(text);
  return Number.isSafeInteger(limit) ? limit : undefined;
}
