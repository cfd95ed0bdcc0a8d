import { isMainThread } from 'node:worker_threads';
import { endOnStandardOutputFailure, standardErrorFailed } from '@paradigm/lexicons/bounded-expansion';
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

/**
 * A failure to write standard output: a closed pipe (`paradigm show x | head`) is a normal end, not an
 * error; any other (a full disk, /dev/full, an I/O error) is said, or it would look like a complete output.
 */
function stdoutFailed(error: NodeJS.ErrnoException): never {
  return endOnStandardOutputFailure('paradigm', error);
}

function crashed(error: unknown): void {
  process.stderr.write(`paradigm: unexpected error (a bug; please report it): ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 70;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM while no handler of the command's own is installed (before it is, or in a
 * command that has none, `status` say): exit 130, as an interrupted command does, saying so, rather than
 * die by the signal without a word. The database rolls back a transaction left open. A command's own
 * handler (stop after the batch in flight, roll the import back) takes over from this one.
 */
function stopOnSignalsUntilHandled(): void {
  const stop = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    process.stderr.write(`paradigm: ${signal}: stopped; a transaction left open is rolled back by the database\n`);
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * The process entry (`bin/paradigm.js`): runs `process.argv` and exits with its code. The expansion of a
 * large dictionary and a Hunspell export run in a worker of this same entry script (`wantsBoundedWorker`),
 * which comes back here and runs them with its own context.
 */
export function runFromProcess(): void {
  const argv = process.argv.slice(2);
  if (isMainThread) stopOnSignalsUntilHandled();
  // `paradigm load ... 2>&1 | head -1`: messages past the reader's end are lost, not the command's outcome.
  process.stderr.on('error', standardErrorFailed);
  // Loaded only here: a test that runs `main` does not need them.
  const bounded = require('./cli/bounded-worker') as typeof import('./cli/bounded-worker');
  const entry = require.main?.filename;
  if (isMainThread && entry !== undefined && bounded.wantsBoundedWorker(argv)) return bounded.startBoundedWorker(entry, argv, crashed);
  process.stdout.on('error', stdoutFailed);
  // Every command on a database streams it through batches (forms, lexemes, COPY text): V8's heap may
  // grow to twice the live heap, not four times; an import's, which holds a whole grammar, to 1.5 times, and an
  // export's to 1.2 times (`export hunspell` holds a whole grammar while it generates every lexeme).
  // `check` and `expand` hold little (`expand` of a large dictionary runs in a worker bounded on its own).
  // In the bounded worker of an export this sets the process's flag, which the worker's heap reads too.
  if (argv[0] !== undefined && argv[0] !== 'check' && argv[0] !== 'expand') {
    const growth = require('@paradigm/recompute/heap-growth') as typeof import('@paradigm/recompute/heap-growth');
    growth.limitHeapGrowth(
      argv[0] === 'export' ? growth.EXPORT_HEAP_GROWING_PERCENT : argv[0] === 'import' ? growth.GRAMMAR_HEAP_GROWING_PERCENT : growth.HEAP_GROWING_PERCENT,
    );
  }
  main(argv, isMainThread ? processContext() : bounded.boundedWorkerContext(stdoutFailed)).then(
    (code) => {
      process.exitCode = code;
    },
    crashed,
  );
}

// `node dist/main.js ...` (the built program, as the benchmarks and profilers run it).
if (require.main === module) runFromProcess();
