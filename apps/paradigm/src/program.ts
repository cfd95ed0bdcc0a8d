import { Command, CommanderError } from 'commander';
import { CommandFailure } from './cli/command-failure';
import { type CliContext, EXIT } from './cli/context';
import { registerHelp } from './cli/help-command';
import { registersFor } from './commands';

/** What each command's action gives back: its exit code. */
export type Run = (...args: never[]) => Promise<number>;

/** One exit code per run, set by the action that ran (or by the parser). */
export interface Outcome {
  code: number;
}

const AFTER_HELP = `
Database: DATABASE_URL (environment or .env) selects PostgreSQL. Without it, the embedded database in
--data-dir, else PARADIGM_DATA_DIR, else .data/pglite in this repository (./.paradigm elsewhere).
Migrations run on open (\`paradigm migrate\` says which).

Exit codes: 0 done, 1 problems in the input, nothing found, or lexemes whose forms failed (recompute,
run), 2 bad or missing command, 3 database error, 130 interrupted (load, seed, import, recompute, run, export). Every command takes --help.`;

/**
 * The `paradigm` program: every subcommand, with commander's parsing and help, writing to `context`
 * instead of the process (so tests run it in-process) and never exiting the process itself.
 */
export function buildProgram(context: CliContext, outcome: Outcome, argv: readonly string[] = []): Command {
  const program = new Command('paradigm')
    .description('Author, store and query word-form paradigms.')
    .version(version(), '-V, --version', "print paradigm's version")
    .addHelpText('after', AFTER_HELP)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void context.stdout(text),
      writeErr: (text) => context.stderr(text),
      outputError: (text, write) => write(`paradigm: ${text.replace(/^error: /, '')}`),
    });
  const act =
    <A extends unknown[]>(run: (...args: A) => Promise<number>) =>
    async (...args: A): Promise<void> => {
      // A subcommand's flags include those given to its group before it (`import --data-dir DIR hunspell`);
      // one given to both is the subcommand's.
      const command = args.at(-1);
      if (command instanceof Command && args.length >= 2) args[args.length - 2] = withGroupOptions(command);
      try {
        outcome.code = await run(...args);
      } catch (error) {
        // A replace of the lexicon that kept deadlocking with other sessions changed nothing: said as for a database that failed.
        const failure = error instanceof CommandFailure ? error : isReplaceDeadlock(error) ? new CommandFailure(EXIT.database, (error as Error).message) : undefined;
        if (failure === undefined) throw error;
        context.stderr(`paradigm: ${failure.message}\n`);
        outcome.code = failure.exitCode;
      }
    };
  for (const register of [...registersFor(argv), registerHelp]) {
    const command = register(program, context, act);
    command.exitOverride().showHelpAfterError('(add --help for usage)');
    for (const sub of command.commands) sub.exitOverride().showHelpAfterError('(add --help for usage)');
  }
  return program;
}

/** `command`'s option values over those of the commands it is under (commander's `optsWithGlobals` lets the outer ones win). */
function withGroupOptions(command: Command): Record<string, unknown> {
  const chain: Record<string, unknown>[] = [];
  for (let current: Command | null = command; current !== null; current = current.parent) chain.unshift(current.opts());
  return Object.assign({}, ...chain) as Record<string, unknown>;
}

/** Parses and runs `argv` (without `node paradigm`); resolves to the exit code. */
export async function runProgram(argv: readonly string[], context: CliContext): Promise<number> {
  const outcome: Outcome = { code: EXIT.ok };
  const program = buildProgram(context, outcome, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help asked for (--help) and version are successes; everything else commander rejects is a usage
    // error, help printed for want of a command (`paradigm`, `paradigm import`) too: commander gives
    // that help a non-zero exit code and writes it to standard error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    return error.code === 'commander.help' && error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  return outcome.code;
}

/** This package's version (its package.json, beside `src` and `dist`). */
function version(): string {
  return (require('../package.json') as { version: string }).version;
}

/** A replace that kept deadlocking (persistence's ReplaceDeadlockError). Asked only of an error no command handled, so persistence loads here only on that path. */
function isReplaceDeadlock(error: unknown): boolean {
  return error instanceof (require('@paradigm/persistence') as typeof import('@paradigm/persistence')).ReplaceDeadlockError;
}
