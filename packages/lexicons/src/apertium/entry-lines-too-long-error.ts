import { ApertiumFileError } from './apertium-file-error';

/**
 * An entry whose lt-expand lines pass the characters one entry may print (`MAX_ENTRY_CHARS`, or the
 * `maxCharsPerEntry` option): unlike an entry past the form limit, raising that limit does not help.
 */
export class EntryLinesTooLongError extends ApertiumFileError {}
