import { endOnStandardOutputFailure, isLargeDictionary, runInBoundedWorker, writeAll, writeStandardError } from '@paradigm/lexicons/bounded-expansion';
import { EXIT, crashMessage, type CommandContext } from '../commands/command';
import { parseCommandLine, type CommandLine } from '../cli/parse-command-line';

/** True for `expand hunspell` with a .dic large enough that a bounded young generation pays. */
export function wantsBoundedHeap(line: CommandLine): boolean {
  return line.kind === 'run' && line.action === 'expand' && line.format === 'hunspell' && isLargeDictionary(line.files[1]!);
}

/**
 * When `argv` asks for a large expansion ({@link wantsBoundedHeap}), runs `entry` (a built file that runs
 * the CLI in a worker: main.js, or the bundle lexicon-cli.js) with it in a bounded worker, exits the
 * process with the worker's code, and returns true; otherwise (a usage error included, which the CLI
 * reports) starts nothing and returns false.
 */
export function startBoundedWorker(argv: readonly string[], entry: string): boolean {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch {
    return false;
  }
  if (!wantsBoundedHeap(line)) return false;
  runInBoundedWorker(entry, argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(crashMessage(error));
      process.exit(EXIT.internal);
    },
  );
  return true;
}

/**
 * The context of a command run in the worker: it writes to the process's standard output and error
 * directly (a worker's `process.stdout` is relayed through the main thread, a copy of every chunk). A
 * closed pipe (`| head`) ends the worker as a normal end; any other failure to write standard output
 * ends it as the main thread's does ({@link endOnStandardOutputFailure}).
 */
export function workerContext(): CommandContext {
  return {
    stdout: async (text) => {
      try {
        writeAll(1, text);
      } catch (error) {
        endOnStandardOutputFailure('lexicon', error as NodeJS.ErrnoException);
      }
    },
    stderr: writeStandardError,
    openDatabase: () => Promise.reject(new Error('expand opens no database')),
  };
}
