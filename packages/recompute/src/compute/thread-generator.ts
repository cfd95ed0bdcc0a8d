import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lexeme, PatternSource } from '@paradigm/core';
import type { FromGenerationThread, ThreadBatch, ToGenerationThread } from './generation-thread';
import type { LexemeFailure } from './lexeme-failure';

/** A computed batch as the rebuild's COPY takes it: what `ComputedBatch<CopyRows>` offers it. */
export interface CopyBatch {
  readonly replaceIds: number[];
  readonly failures: LexemeFailure[];
  readonly forms: { readonly count: number; chunks(): Buffer[] };
}

/** One page's batches as they arrive from the thread. */
class PageBatches {
  readonly batches: CopyBatch[] = [];
  ended = false;
  failure: Error | undefined;
  wake: (() => void) | undefined;

  notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
}

/**
 * Generation on a second thread (`generation-thread.ts`): the full rebuild hands it every other page,
 * so forms are generated and encoded as COPY text on two cores while PostgreSQL ingests them. Start it
 * first thing ({@link ThreadGenerator.start}: loading its modules overlaps the rebuild's first round
 * trips), send it the grammar's sources, then pages; {@link close} ends it. A failure in the thread
 * (a bug: generation reports a lexeme's errors as data) fails every page waiting and each later one.
 */
export class ThreadGenerator {
  private readonly pages = new Map<number, PageBatches>();
  private failure: Error | undefined;
  private sent = 0;
  private ready = false;
  /** Pages sent and not yet computed to their end. */
  private computing = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromGenerationThread) => {
      if (message.type === 'error') {
        this.fail(Object.assign(new Error(`the generation thread failed: ${message.message}`), { stack: message.stack }));
        return;
      }
      if (message.type === 'ready') {
        this.ready = true;
        return;
      }
      if (message.type === 'end') this.computing -= 1;
      const page = this.pages.get(message.page);
      if (!page) return;
      if (message.type === 'batch') page.batches.push(copyBatch(message.batch));
      else page.ended = true;
      page.notify();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the generation thread exited (code ${code})`)));
  }

  static start(): ThreadGenerator {
    return new ThreadGenerator(startThread());
  }

  /** Compiles the grammar in the thread (pages sent afterwards use it). */
  compile(sources: readonly PatternSource[]): void {
    this.post({ type: 'grammar', sources });
  }

  /**
   * True when the thread has compiled the grammar and has fewer than `pages` pages to compute: a page
   * handed to it now starts soon. Starting a thread takes 80-90 ms of CPU, and far longer on a loaded
   * machine, so the caller computes pages itself until then instead of waiting for it.
   */
  idle(pages = 1): boolean {
    return this.ready && !this.failure && this.computing < pages;
  }

  /**
   * Sends the thread a page (every lexeme with an id in (`after`, its last id]) at once; iterating the
   * result gives its forms in id order as batches of at most about `maxForms` rows. Pages are computed
   * in the order they are sent, and their batches must be taken in that order.
   */
  compute(lexemes: readonly Lexeme[], after: number, maxForms: number): AsyncIterable<CopyBatch> {
    const number = ++this.sent;
    const page = new PageBatches();
    page.failure = this.failure;
    this.pages.set(number, page);
    if (!this.failure) {
      this.computing += 1;
      this.post({ type: 'page', page: number, lexemes, after, maxForms });
    }
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            const batch = page.batches.shift();
            if (batch) {
              self.post({ type: 'taken' });
              yield batch;
              continue;
            }
            if (page.failure) throw page.failure;
            if (page.ended) return;
            await new Promise<void>((resolve) => (page.wake = resolve));
          }
        } finally {
          self.pages.delete(number);
        }
      },
    };
  }

  /** Ends the thread; pages still waiting fail. */
  async close(): Promise<void> {
    this.fail(new Error('the generation thread was closed'));
    await this.worker.terminate();
  }

  private post(message: ToGenerationThread): void {
    if (!this.failure) this.worker.postMessage(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const page of this.pages.values()) {
      page.failure ??= this.failure;
      page.notify();
    }
  }
}

function copyBatch(batch: ThreadBatch): CopyBatch {
  const chunks = batch.buffers.map((buffer, i) => Buffer.from(buffer, 0, batch.lengths[i]));
  return { replaceIds: batch.replaceIds, failures: batch.failures, forms: { count: batch.count, chunks: () => chunks } };
}

/**
 * The thread runs the built JavaScript next to this file; when this file is itself the TypeScript
 * source (the tests run the sources), the thread loads the source through tsx, as the tests' child
 * processes do.
 */
function startThread(): Worker {
  const source = __filename.endsWith('.ts');
  const entry = join(__dirname, source ? 'generation-thread.ts' : 'generation-thread.js');
  if (!source) return new Worker(entry);
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { eval: true });
}
