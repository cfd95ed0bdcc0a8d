/** Bytes of each buffer of COPY text ({@link CopyRows}); a row that does not fit starts the next one. */
export const COPY_BUFFER_BYTES = 64 * 1024;

/**
 * Most buffers a pool keeps for reuse (32 MiB); any given back beyond them are left to the collector.
 */
const MOST_KEPT = 512;

/**
 * The COPY text buffers of a job that writes many batches (an import, a full rebuild), used again once
 * the COPY statement that sent them has ended: the server has then read every byte, so nothing refers
 * to them. Left to the collector instead, they were most of the process's memory on a dictionary of
 * long rows: Hunspell gl_ES's import (81.7 million forms) held 43-133 MB of dead buffers at a time,
 * beside a heap of about 105 MB, since V8 frees such memory only after 64 MiB more of it is allocated.
 */
export class CopyBufferPool {
  private readonly free: Buffer[] = [];

  /** A buffer of {@link COPY_BUFFER_BYTES} whose contents are garbage. */
  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(COPY_BUFFER_BYTES);
  }

  /** Gives back `buffers` that nothing reads any more; buffers of another size are left alone. */
  giveBack(buffers: readonly Buffer[]): void {
    for (const buffer of buffers) {
      if (this.free.length >= MOST_KEPT) return;
      if (buffer.length === COPY_BUFFER_BYTES && buffer.byteOffset === 0 && buffer.buffer.byteLength === COPY_BUFFER_BYTES) this.free.push(buffer);
    }
  }
}
