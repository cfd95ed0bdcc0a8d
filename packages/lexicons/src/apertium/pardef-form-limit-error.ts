import { plural } from '@paradigm/core';

/**
 * A pattern {@link PatternEmitter} would write derives more forms than the form limit for one entry,
 * counting each partial form that a nested pardef passes on to the next (as generation counts them).
 * Pardefs used in series and nested deep double those at each level, and the emitter writes a pattern
 * for each place in the nesting where a partial form can stand, so it stops before writing them all.
 */
export class PardefFormLimitError extends Error {
  constructor(readonly limit: number) {
    super(`derives more than ${plural(limit, 'form')}, counting the partial forms its nested pardefs pass on, past the limit for one entry`);
    this.name = 'PardefFormLimitError';
  }
}
