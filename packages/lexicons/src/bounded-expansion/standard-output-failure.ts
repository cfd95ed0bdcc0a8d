import { writeAll } from './write-all';

/**
 * Ends the process after a failure to write its standard output. A closed pipe (`PROGRAM expand ... |
 * head`) is a normal end: exit 0, nothing said. Any other failure (a full disk, /dev/full, an I/O error)
 * is said on standard error as one line naming `program` and the error, with exit 1: a silent exit would
 * leave a truncated output looking complete. Written with {@link writeAll}, so that a worker thread, whose
 * `process.stderr` is relayed through the main thread and may lose its last message when the worker exits,
 * says it too.
 */
export function endOnStandardOutputFailure(program: string, error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  writeAll(2, `${program}: cannot write to standard output (${error.message}); what was printed is incomplete. Free space or write it elsewhere.\n`);
  process.exit(1);
}
