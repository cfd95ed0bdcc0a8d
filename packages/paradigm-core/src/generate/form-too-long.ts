/**
 * The longest form a reduplication may make, in UTF-16 code units. Each `redup total` doubles the form,
 * so a rule or a chain of continuations that reduplicates again and again grows it past any word (and,
 * at about 30 doublings, past the longest string a JavaScript engine holds) long before the form limit,
 * which counts forms, would stop it.
 */
export const MAX_REDUPLICATED_LENGTH = 65_536;

/** Thrown by a reduplication that would pass {@link MAX_REDUPLICATED_LENGTH}; the expansion turns it into the pattern's error. */
export class FormTooLong extends Error {
  constructor() {
    super(`a reduplication would make a form longer than ${MAX_REDUPLICATED_LENGTH} characters`);
  }
}
