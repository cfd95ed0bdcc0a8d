import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { relaySignals } from './signal-relay';

/**
 * The young generation of the thread that expands a large dictionary (or runs `paradigm export hunspell`),
 * in MB. Under the allocation rate of expanding fr (3.1 million words) V8 grows its semi-spaces to their
 * 16 MB maximum, and the process peaked at 101-103 MB; bounded at 12 MB (4 MB semi-spaces) it peaked at
 * 85 MB, and at 6 MB at 80 MB, for the same CPU time within the noise of a shared machine. Node takes this
 * limit only at the start of an isolate, hence a worker: `v8.setFlagsFromString` in the running process
 * changed nothing.
 */
export const YOUNG_GENERATION_MB = 12;

/**
 * A dictionary file from this size on is expanded in a bounded worker. Starting one costs about 30 ms
 * and 10 MB, which pays for fr.dic (2.6 MB, 3.1 million words) but not for en_US.dic (0.86 MB, 0.2
 * million words), whose whole job is a few times Node's start-up.
 */
export const LARGE_DICTIONARY_BYTES = 1 << 20;

/** True when `path` names a file of at least {@link LARGE_DICTIONARY_BYTES}; false for anything else (the command names a missing file). */
export function isLargeDictionary(path: string): boolean {
  try {
    return statSync(path).size >= LARGE_DICTIONARY_BYTES;
  } catch {
    return false;
  }
}

/**
 * Runs the script `entry` with `argv` (its `process.argv.slice(2)`) in a worker thread whose young
 * generation is {@link YOUNG_GENERATION_MB}, passing signals on to its handlers ({@link relaySignals}, when
 * the worker calls `heedRelayedSignals`); resolves to the worker's exit code.
 */
export function runInBoundedWorker(entry: string, argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { argv: [...argv], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    relaySignals(worker);
    worker.on('error', reject);
    worker.on('exit', resolve);
  });
}
