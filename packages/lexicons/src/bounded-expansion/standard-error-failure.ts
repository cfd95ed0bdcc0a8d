import { writeAll } from './write-all';

/**
 * Handles a failure to write standard error. A closed pipe (`PROGRAM load ... 2>&1 | head -1`) is
 * harmless: the reader wanted no more messages, and the command's own exit code stands (a load that
 * committed still exits 0). Any other failure (a full disk, /dev/full, an I/O error) loses messages that
 * nothing else can carry, so it ends the process with exit 1, as the unhandled error did, rather than
 * let the command look as if it had said everything.
 */
export function standardErrorFailed(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') process.exit(1);
}

/**
 * Writes `text` to standard error from any thread ({@link writeAll}: a worker's `process.stderr` is
 * relayed through the main thread), a failure handled as {@link standardErrorFailed} does.
 */
export function writeStandardError(text: string): void {
  try {
    writeAll(2, text);
  } catch (error) {
    standardErrorFailed(error as NodeJS.ErrnoException);
  }
}
