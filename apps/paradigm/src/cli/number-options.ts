import { InvalidArgumentError } from 'commander';

/**
 * A commander argument parser for a whole number from `min` to `max`: digits only, with a leading `-`
 * where `min` is negative (no `1e3`, `0x10`, `1.0` or blanks, which `Number` would take). On a bad
 * value it throws commander's `InvalidArgumentError`, whose message commander prefixes with the flag
 * and the value: `option '--port <n>' argument 'x' is invalid. expects a whole number from 0 (any free port) to 65535.`
 * `note` follows a bound in that message, to say what it means.
 */
export function wholeNumber(min: number, max: number = Number.MAX_SAFE_INTEGER, note: { readonly min?: string; readonly max?: string } = {}): (raw: string) => number {
  const from = `from ${min}${note.min ? ` (${note.min})` : ''}`;
  const range = max === Number.MAX_SAFE_INTEGER ? from : `${from} to ${max}${note.max ? ` (${note.max})` : ''}`;
  const expected = min === Number.MIN_SAFE_INTEGER && max === Number.MAX_SAFE_INTEGER ? 'expects a whole number.' : `expects a whole number ${range}.`;
  return (raw) => {
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) throw new InvalidArgumentError(expected);
    return value;
  };
}

/**
 * The largest PostgreSQL `integer`: the type of the counts the database takes (`--batch-size` becomes
 * a `FETCH` count). A larger value would fail in the database once the command
 * is under way ("value ... is out of range for type integer"), so the flags stop at it.
 */
export const LARGEST_INTEGER = 2_147_483_647;

/** A count the database takes as an `integer`: a whole number from 1 to {@link LARGEST_INTEGER} (`--batch-size`). */
export const positiveInteger = wholeNumber(1, LARGEST_INTEGER);

/** Any whole number (`seed`'s flags, whose ranges the synthetic lexicon checks and explains). */
export const anyWholeNumber = wholeNumber(Number.MIN_SAFE_INTEGER);

/** A TCP port: 0 (any free port) to 65535. */
export const portNumber = wholeNumber(0, 65535, { min: 'any free port' });
