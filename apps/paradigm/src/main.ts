import type { CliContext } from './cli/context';
import { runProgram } from './program';

/** Runs `paradigm` with `argv` (without `node paradigm`) in `context`; resolves to the exit code. */
export function main(argv: readonly string[], context: CliContext = processContext()): Promise<number> {
  return runProgram(argv, context);
}

/** Standard output and error of this process, its environment, and persistence's `openDatabase` (loaded by the first command that opens a database). */
export function processContext(): CliContext {
  return {
    stdout: (text) =>
      new Promise((resolve, reject) => {
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    openDatabase: (options) => (require('@paradigm/persistence') as typeof import('@paradigm/persistence')).openDatabase(options),
    progressStream: process.stderr,
  };
}

/** The process entry (`bin/paradigm.js`): runs `process.argv` and exits with its code. */
export function runFromProcess(): void {
  // `paradigm show x | head` closes the pipe early: a normal end, not an error. Any other failure to
  // write (a full disk, /dev/full, an I/O error) is said, or it would look like a complete output.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`paradigm: cannot write to standard output (${error.message}); what was printed is incomplete. Free space or write it elsewhere.\n`);
    process.exit(1);
  });
  const argv = process.argv.slice(2);
  // The commands that compute forms hold batches of them: V8's heap may grow to twice the live heap, not four times.
  if (argv[0] === 'recompute' || argv[0] === 'run' || (argv[0] === 'import' && !argv.includes('--no-recompute'))) (require('@paradigm/recompute') as typeof import('@paradigm/recompute')).limitHeapGrowth();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`paradigm: unexpected error (a bug; please report it): ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

// `node dist/main.js ...` (the built program, as the benchmarks and profilers run it).
if (require.main === module) runFromProcess();
