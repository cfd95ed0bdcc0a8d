import { isMainThread } from 'node:worker_threads';
import { endOnStandardOutputFailure, standardErrorFailed } from '@paradigm/lexicons/bounded-expansion';
import { startBoundedWorker, workerContext } from './runtime/bounded-heap-worker';
import { HELP_TEXT } from './cli/help-text';
import { parseCommandLine, type CommandLine } from './cli/parse-command-line';
import { UsageError } from './cli/usage-error';
import { EXIT, crashMessage, type CommandContext } from './commands/command';
import { COMMANDS } from './commands/commands';

/** The CLI: parses `argv` and runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], context: CommandContext = processContext()): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.stderr(`lexicon: ${error.message}\n`);
    return EXIT.usage;
  }
  if (line.kind === 'help') {
    await context.stdout(HELP_TEXT);
    return EXIT.ok;
  }
  const command = await COMMANDS[line.action][line.format]();
  return command(line.files, context, line.flags);
}

/** Standard output and error of this process, and the database `DATABASE_URL` (or PGlite) selects. */
export function processContext(): CommandContext {
  return {
    stdout: (text) =>
      new Promise((resolve, reject) => {
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    stderr: (text) => process.stderr.write(text),
    // Loaded on first use: `expand` never opens a database. With `require`, not `import()`: the built
    // bundle is compiled from a V8 code cache (runtime/code-cache.ts), and in Node 20 a script compiled from
    // a cache has no dynamic-import callback ("A dynamic import callback was not specified").
    openDatabase: async () => (require('@paradigm/persistence') as typeof import('@paradigm/persistence')).openDatabase(),
  };
}

/**
 * Runs the CLI as this process (or, for a large expansion, as a worker of it) and exits with its code.
 * The process entry (main.ts) calls it unless it started the worker itself; the worker runs this file.
 */
export function runProcess(argv: readonly string[]): void {
  // A worker writes to the process's descriptors itself: its `process.stderr` is relayed through the
  // main thread, which may drop the last message when the worker exits.
  const context = isMainThread ? processContext() : workerContext();
  const exit = (code: number): never => process.exit(code);
  const crash = (error: unknown): never => {
    context.stderr(crashMessage(error));
    return process.exit(EXIT.internal);
  };
  if (!isMainThread) {
    main(argv, context).then(exit, crash);
    return;
  }
  if (startBoundedWorker(argv, __filename)) return;
  // `lexicon expand ... | head` closes the pipe early: that is a normal end, not an error; any other
  // failure to write (a full disk) is said, or the output would look complete.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => endOnStandardOutputFailure('lexicon', error));
  // `lexicon import ... 2>&1 | head -1`: messages past the reader's end are lost, not the command's outcome.
  process.stderr.on('error', standardErrorFailed);
  main(argv, context).then(exit, crash);
}

if (require.main === module) runProcess(process.argv.slice(2));
