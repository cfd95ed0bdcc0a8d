import { isLargeDictionary, runInBoundedWorker, writeAll, writeStandardError } from '@paradigm/lexicons/bounded-expansion';
import type { CliContext } from './context';

/**
 * True for `expand hunspell` with a dictionary file large enough ({@link isLargeDictionary}) that its
 * expansion pays for a worker whose young generation is bounded: fr peaks at about 98 MB in this thread,
 * about 80 MB there, in the same time. Any other command line runs here (and reports its own errors).
 */
export function wantsBoundedExpansion(argv: readonly string[]): boolean {
  return argv[0] === 'expand' && argv[1] === 'hunspell' && argv.slice(2).some(isLargeDictionary);
}

/**
 * Runs the process's entry script (`bin/paradigm.js`, or `dist/main.js` run directly) with `argv` in the
 * bounded worker, and exits with the worker's code. The worker runs {@link boundedWorkerContext}'s `main`.
 */
export function startBoundedExpansion(entry: string, argv: readonly string[], crashed: (error: unknown) => void): void {
  runInBoundedWorker(entry, argv).then((code) => process.exit(code), crashed);
}

/**
 * The context of `expand` in the bounded worker: it writes to the process's standard output and error
 * directly (a worker's `process.stdout` is relayed through the main thread, a copy of every chunk). A
 * closed pipe (`| head`) ends the worker as a normal end; any other failure to write goes to `failed`.
 * A closed standard error is harmless ({@link writeStandardError}).
 */
export function boundedWorkerContext(failed: (error: NodeJS.ErrnoException) => never): CliContext {
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
    openDatabase: () => Promise.reject(new Error('expand opens no database')),
  };
}
