import { HunspellImportError } from './hunspell-import-error';

/**
 * A .dic entry derives more forms than the expansion allows one entry (`maxFormsPerEntry`), so the
 * expansion stopped at it. An entry's words are held until it is done, to print each once, so the limit
 * bounds memory: two levels of suffix classes multiply, and 303 of hu_HU's first 400 entries derive more
 * than 100,000 forms.
 */
export class EntryFormLimitError extends HunspellImportError {
  /**
   * @param file - the .dic file's name
   * @param line - the entry's 1-based line, or 0 when the lexicon was read whole and lines are not known
   * @param word - the entry's word
   * @param limit - the forms one entry may derive
   * @param entry - the entry's number, named when its line is not known
   */
  constructor(
    file: string,
    line: number,
    readonly word: string,
    readonly limit: number,
    entry?: number,
  ) {
    const named = line > 0 || entry === undefined ? `entry "${word}"` : `entry ${entry} ("${word}")`;
    super(file, line, `${named} derives more than ${limit} forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there`);
  }
}

/** Thrown by the generation of one entry past the limit; the caller, who knows where the entry is, names it. */
export class FormLimitReached extends Error {
  override readonly name = 'FormLimitReached';

  constructor(
    readonly lexemeId: number,
    readonly word: string,
    readonly limit: number,
  ) {
    super(`entry ${lexemeId} "${word}" derives more than ${limit} forms`);
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
