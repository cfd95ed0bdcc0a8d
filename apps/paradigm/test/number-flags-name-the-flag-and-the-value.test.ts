import { main } from '../src';
import { anyWholeNumber, portNumber, positiveInteger } from '../src/cli/number-options';
import { capture } from './support/capture';

/** What a parser makes of each input: the number, or the message it throws. */
const outcomes = (parse: (raw: string) => number, inputs: readonly string[]) =>
  inputs.map((raw) => {
    try {
      return parse(raw);
    } catch (error) {
      return (error as Error).message;
    }
  });

describe('paradigm: number flags', () => {
  it('take digits only (a sign where negatives are allowed), as safe integers within their range', () => {
    const odd = ['', ' 5', '5 ', '1e3', '0x10', '1.0', '+1', '9007199254740992'];
    expect(outcomes(positiveInteger, ['1', '12', '2147483647', '0', '-1', '2147483648', ...odd])).toEqual([1, 12, 2147483647, ...Array(11).fill('expects a whole number from 1 to 2147483647.')]);
    expect(outcomes(portNumber, ['0', '65535', '65536', '-1', ...odd])).toEqual([0, 65535, ...Array(10).fill('expects a whole number from 0 (any free port) to 65535.')]);
    expect(outcomes(anyWholeNumber, ['-3', '0', '7', '-', ...odd])).toEqual([-3, 0, 7, ...Array(9).fill('expects a whole number.')]);
  });

  it.each([
    [['run', '--batch-size', '1e3'], "option '--batch-size <n>' argument '1e3' is invalid. expects a whole number from 1 to 2147483647."],
    // Lexeme ids and batch sizes are PostgreSQL integers: a larger one is refused here, not by the database part way.
    [['recompute', '--batch-size', '2147483648'], "option '--batch-size <n>' argument '2147483648' is invalid. expects a whole number from 1 to 2147483647."],
    [['recompute', '--lexemes', '99999999999'], `option '--lexemes <ids>' argument '99999999999' is invalid. expects comma-separated lexeme ids from 1 to 2147483647 like 1,2,3; got "99999999999".`],
    [['recompute', '--lexemes', '2147483647,2147483648'], `option '--lexemes <ids>' argument '2147483647,2147483648' is invalid. expects comma-separated lexeme ids from 1 to 2147483647 like 1,2,3; got "2147483648".`],
    // Each batch holds a connection: far more than PostgreSQL's default 100 would be refused part way.
    [['recompute', '--concurrency', '0'], "option '--concurrency <n>' argument '0' is invalid. expects a whole number from 1 to 64 (each batch holds a database connection of its own)."],
    [['run', '--concurrency', '500'], "option '--concurrency <n>' argument '500' is invalid. expects a whole number from 1 to 64 (each batch holds a database connection of its own)."],
    [['recompute', '--all', '--concurrency', '65'], "option '--concurrency <n>' argument '65' is invalid. expects a whole number from 1 to 64 (each batch holds a database connection of its own)."],
    [['serve', '--port', '70000'], "option '--port <n>' argument '70000' is invalid. expects a whole number from 0 (any free port) to 65535."],
    [['seed', '--seed', '0x10'], "option '--seed <s>' argument '0x10' is invalid. expects a whole number."],
  ])('paradigm %j names the flag and the value, and exits 2', async (words, message) => {
    const io = capture();
    expect(await main(words, io)).toBe(2);
    expect(io.err()).toBe(`paradigm: ${message}\n(add --help for usage)\n`);
  });

  it('paradigm seed --lexemes past the largest lexeme id names the flag and the value, and exits 2', async () => {
    const io = capture();
    expect(await main(['seed', '--lexemes', '2147483648'], io)).toBe(2);
    expect(io.err()).toBe('paradigm: --lexemes must be at most 2147483647, the largest id the database holds (the lexemes get the ids 1 to N), got 2147483648\n');
  });
});
