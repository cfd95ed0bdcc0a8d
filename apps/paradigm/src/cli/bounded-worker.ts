import { isatty } from 'node:tty';
import { heedRelayedSignals, isLargeDictionary, runInBoundedWorker, writeAll, writeStandardError } from '@paradigm/lexicons/bounded-expansion';
import type { CliContext } from './context';

/**
 * True for the command lines that run in a worker whose young generation is bounded (V8 takes that limit
 * only when a thread starts; 16 MB semi-spaces by default, the worker's 4 MB): `expand hunspell` of a
 * dictionary file large enough ({@link isLargeDictionary}) that it pays for the worker (fr peaks at
 * about 98 MB in this thread, about 80 MB there, in the same time), and `export hunspell`, which holds
 * two grammars while it generates (Hunspell hu_HU's sample of every tenth lexeme peaked at 229 MB here,
 * 200-214 MB there). Not `import`: hu_HU's, which stops at the form limit, peaked at 203 MB there against
 * 231 MB here, but fr's took 8% longer (3 alternating pairs). Any other command line runs here (and
 * reports its own errors).
 */
export function wantsBoundedWorker(argv: readonly string[]): boolean {
  if (argv[0] === 'export') return argv[1] === 'hunspell';
  return argv[0] === 'expand' && argv[1] === 'hunspell' && argv.slice(2).some(isLargeDictionary);
}

/**
 * Runs the process's entry script (`bin/paradigm.js`, or `dist/main.js` run directly) with `argv` in the
 * bounded worker, and exits with the worker's code. The worker runs {@link boundedWorkerContext}'s `main`;
 * SIGINT and SIGTERM reach its handlers through the main thread. A terminal's width, which only this
 * thread can ask, goes to the worker as `COLUMNS` (the worker's environment is a copy of this one).
 */
export function startBoundedWorker(entry: string, argv: readonly string[], crashed: (error: unknown) => void): void {
  if (process.stderr.isTTY && process.env.COLUMNS === undefined) process.env.COLUMNS = String(process.stderr.columns);
  runInBoundedWorker(entry, argv).then((code) => process.exit(code), crashed);
}

/**
 * The context of a command in the bounded worker: it writes to the process's standard output and error
 * directly (a worker's `process.stdout` is relayed through the main thread, a copy of every chunk), and
 * draws its progress as a bar when standard error is a terminal, as the main thread would. A closed pipe
 * (`| head`) ends the worker as a normal end; any other failure to write goes to `failed`. A closed
 * standard error is harmless ({@link writeStandardError}). It heeds the signals the main thread relays.
 */
export function boundedWorkerContext(failed: (error: NodeJS.ErrnoException) => never): CliContext {
  heedRelayedSignals();
  return {
    stdout: async (text) => {
      try {
        writeAll(1, text);
      } catch (error) {
        failed(error as NodeJS.ErrnoException);
      }
    },
    stderr: writeStandardError,
    env: process.env,
    openDatabase: (options) => (require('@paradigm/persistence') as typeof import('@paradigm/persistence')).openDatabase(options),
    progressStream: { write: writeStandardError, isTTY: isatty(2), columns: Number(process.env.COLUMNS) || undefined },
  };
}
