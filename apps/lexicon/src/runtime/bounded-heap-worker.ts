import { statSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { EXIT, crashMessage, type CommandContext } from '../commands/command';
import { parseCommandLine, type CommandLine } from '../cli/parse-command-line';

/**
 * The young generation of the thread that expands a large dictionary, in MB. Under the allocation rate of
 * `expand hunspell fr` (3.1 million words) V8 grows its semi-spaces to their 16 MB maximum, and the
 * process peaked at 101-103 MB; bounded at 12 MB (4 MB semi-spaces) it peaked at 85 MB, and at 6 MB at 80 MB,
 * for the same CPU time within the noise of a shared machine. Node takes this limit only at the start of
 * an isolate, hence a worker: `v8.setFlagsFromString` in the running process changed nothing.
 */
const YOUNG_GENERATION_MB = 12;

/**
 * A .dic from this size on is expanded in a worker. Starting one costs about 30 ms and 10 MB, which pays
 * for fr.dic (2.6 MB, 3.1 million words) but not for en_US.dic (0.86 MB, 0.2 million words), whose whole
 * job is a few times Node's start-up.
 */
const LARGE_DIC_BYTES = 1 << 20;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the command itself names a missing file
  }
}

/** True for `expand hunspell` with a .dic large enough that a bounded young generation pays. */
export function wantsBoundedHeap(line: CommandLine): boolean {
  return line.kind === 'run' && line.action === 'expand' && line.format === 'hunspell' && fileSize(line.files[1]!) >= LARGE_DIC_BYTES;
}

/** Runs `entry` (this CLI's bundled entry point) with `argv` in a worker with a bounded young generation; resolves to its exit code. */
function runInBoundedWorker(entry: string, argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { argv: [...argv], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('error', reject);
    worker.on('exit', resolve);
  });
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

/** Writes all of `text` to `fd`, waiting while a non-blocking pipe is full (writeSync may then write part). */
function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/**
 * The context of a command run in the worker: it writes to the process's standard output and error
 * directly (a worker's `process.stdout` is relayed through the main thread, a copy of every chunk), and a
 * closed pipe (`| head`) ends the worker as a normal end.
 */
export function workerContext(): CommandContext {
  return {
    stdout: async (text) => {
      try {
        writeAll(1, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(EXIT.ok);
        throw error;
      }
    },
    stderr: (text) => writeAll(2, text),
    openDatabase: () => Promise.reject(new Error('expand opens no database')),
  };
}
