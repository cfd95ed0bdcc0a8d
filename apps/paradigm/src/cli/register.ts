import type { Command } from 'commander';
import type { CliContext } from './context';

/** How a register function adds its subcommand: given the program, the context and `act` for its action. */
export type Register = (program: Command, context: CliContext, act: <A extends unknown[]>(run: (...args: A) => Promise<number>) => (...args: A) => Promise<void>) => Command;
