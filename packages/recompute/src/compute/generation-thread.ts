/**
 * The generation thread's entry (see {@link GenerationThread} in `thread-generator.ts`): compiles the
 * grammar it is sent, then computes each page it is sent into COPY text and sends the buffers back
 * (transferred, not copied). It loads paradigm-core and persistence's `CopyRows` only, not persistence's
 * index (the database driver), so it is ready while the main thread still registers the rebuild.
 */
import { parentPort } from 'node:worker_threads';
import type { Lexeme, PatternSource } from '@paradigm/core';
import { CopyRows } from '@paradigm/persistence/copy-rows';
import { buildWorkerGrammar, type WorkerGrammar } from './build-worker-grammar';
import { computeBatches } from './compute-batch';
import type { LexemeFailure } from './lexeme-failure';

/** main -> thread; `taken`: the main thread took one batch off (see {@link BATCHES_AHEAD}). */
export type ToGenerationThread =
  | { readonly type: 'grammar'; readonly sources: readonly PatternSource[] }
  | { readonly type: 'page'; readonly page: number; readonly lexemes: readonly Lexeme[]; readonly after: number; readonly maxForms: number }
  | { readonly type: 'taken' };

/**
 * Batches the thread computes ahead of the ones the main thread took: a page can generate far more
 * forms than one batch (`maxForms`), and memory stays bounded by batches, not pages.
 */
export const BATCHES_AHEAD = 2;

/** One computed batch of a page: its COPY text as buffers and the length of the text in each. */
export interface ThreadBatch {
  readonly replaceIds: number[];
  readonly failures: LexemeFailure[];
  readonly count: number;
  readonly buffers: ArrayBuffer[];
  readonly lengths: number[];
}

/** thread -> main */
export type FromGenerationThread =
  | { readonly type: 'ready' }
  | { readonly type: 'batch'; readonly page: number; readonly batch: ThreadBatch }
  | { readonly type: 'end'; readonly page: number }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };

const port = parentPort;
if (!port) throw new Error('generation-thread runs as a worker thread (see thread-generator.ts)');

let grammar: WorkerGrammar | undefined;
// Pages are computed one after another, in the order they arrive.
let queue = Promise.resolve();
let ahead = 0;
let room: (() => void) | undefined;

port.on('message', (message: ToGenerationThread) => {
  if (message.type === 'taken') {
    ahead -= 1;
    room?.();
    room = undefined;
    return;
  }
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', message: failure.message, stack: failure.stack } satisfies FromGenerationThread);
  });
});

async function handle(message: Exclude<ToGenerationThread, { type: 'taken' }>): Promise<void> {
  if (message.type === 'grammar') {
    grammar = buildWorkerGrammar(message.sources);
    port!.postMessage({ type: 'ready' } satisfies FromGenerationThread);
    return;
  }
  if (!grammar) throw new Error('generation-thread: a page arrived before the grammar');
  const { lexemes, after, maxForms } = message;
  const last = lexemes[lexemes.length - 1]!.id;
  for await (const batch of computeBatches(grammar, { kind: 'range', lexemes, range: { after, last } }, maxForms, () => new CopyRows())) {
    const chunks = batch.forms.chunks();
    // CopyRows allocates each buffer (64 KiB or more) on its own, not from Node's shared pool, so each
    // chunk starts a whole ArrayBuffer that can be handed over; anything else is copied out first.
    const buffers = chunks.map((chunk) =>
      chunk.byteOffset === 0 && chunk.buffer.byteLength > Buffer.poolSize ? (chunk.buffer as ArrayBuffer) : new Uint8Array(chunk).buffer,
    );
    const sent: ThreadBatch = { replaceIds: batch.replaceIds, failures: batch.failures, count: batch.forms.count, buffers, lengths: chunks.map((chunk) => chunk.byteLength) };
    port!.postMessage({ type: 'batch', page: message.page, batch: sent } satisfies FromGenerationThread, buffers);
    ahead += 1;
    while (ahead >= BATCHES_AHEAD) await new Promise<void>((resolve) => (room = resolve));
  }
  port!.postMessage({ type: 'end', page: message.page } satisfies FromGenerationThread);
}
