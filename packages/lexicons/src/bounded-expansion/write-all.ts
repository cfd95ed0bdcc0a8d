import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to `fd`, waiting while a non-blocking pipe is full (`writeSync` may then write
 * part, or throw EAGAIN). What a worker thread writes its output with: its `process.stdout` is relayed
 * through the main thread, a copy of every chunk.
 */
export function writeAll(fd: number, text: string | Uint8Array): void {
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
