import { type Connection, CopyBufferPool, copyWriter, type CopyRows, type Dialect, type FormRows } from '@paradigm/persistence';
import type { ComputedBatch } from '../compute/compute-batch';
import { describeFailure } from '../compute/lexeme-failure';
import type { BatchHooks } from '../runtime/batch-hooks';
import type { RunState } from './run-state';

/**
 * Rows per COPY statement on PostgreSQL: the worker's sessions bound every statement (statement_timeout,
 * 5 minutes, and the client's query timeout), and one COPY of a whole lexicon could pass that on a large
 * one. A million forms took 11-25 s to load into the unindexed table on this 2-core machine under load
 * (the bulk ceiling of `benchmarks/phase4/worker-ceiling.json`); FREEZE applies to every COPY of the
 * transaction that created the table.
 */
const FORMS_PER_COPY = 1_000_000;
/**
 * Bytes of COPY text per statement: the buffers of a statement's batches are used again only once it
 * ends (`CopyRows.recycle`), so this bounds what they hold (a million of Hunspell gl_ES's long rows
 * would be about 200 MB). A statement costs two round trips more, nothing next to 8 MiB.
 */
const BYTES_PER_COPY = 8 * 1024 * 1024;

/** What {@link copyBatches} sends of a batch: its COPY text, whose size it counts, then gives back. */
export type CopiedRows = FormRows & Pick<CopyRows, 'bytes' | 'chunks'>;

/**
 * A new-rows factory for the batches of one {@link copyBatches} job: their COPY text buffers come from
 * one pool, which `copyBatches` refills as each statement ends.
 */
export function pooledCopyRows(): () => CopyRows {
  return copyWriter(new CopyBufferPool()).newRows;
}

/**
 * Copies `batches` with `copySql` into a new table that `tx`'s transaction created (a full rebuild's,
 * an import's), calling `sent` after each batch's rows and `checkInterrupt` before them (it throws to
 * stop). PostgreSQL: COPY statements of up to {@link FORMS_PER_COPY} rows, each fed while the next
 * batch is computed (and, in a rebuild, the next page read on the other connection). PGlite gathers a
 * COPY's input into one Blob: one COPY per batch bounds it.
 */
export async function copyBatches(
  tx: Connection,
  dialect: Dialect,
  copySql: string,
  batches: AsyncIterable<ComputedBatch<CopiedRows>>,
  state: RunState,
  sent: (batch: ComputedBatch) => Promise<void>,
  checkInterrupt: () => void,
): Promise<void> {
  if (dialect !== 'postgres') {
    for await (const batch of batches) {
      checkInterrupt();
      state.reached('firstBatch');
      await state.time('persist', () => tx.copyFrom(copySql, batch.forms.chunks()));
      batch.forms.recycle();
      await sent(batch);
    }
    return;
  }
  const pending = batches[Symbol.asyncIterator]();
  let next = await pending.next();
  if (!next.done) state.reached('firstBatch');
  const inStatement: CopiedRows[] = [];
  while (!next.done) {
    await tx.copyFrom(
      copySql,
      (async function* () {
        for (let forms = 0, bytes = 0; !next.done && forms < FORMS_PER_COPY && bytes < BYTES_PER_COPY; next = await pending.next()) {
          const batch = next.value;
          checkInterrupt();
          // The generator is suspended while the COPY stream takes (and, when full, drains) these chunks.
          const start = performance.now();
          yield* batch.forms.chunks();
          state.timings.record('persist', performance.now() - start);
          forms += batch.forms.count;
          bytes += batch.forms.bytes;
          inStatement.push(batch.forms);
          await sent(batch);
        }
      })(),
    );
    // The statement ended: the server has read every buffer it sent (a failed one leaves them to the collector).
    for (const rows of inStatement) rows.recycle();
    inStatement.length = 0;
  }
}

/**
 * What a rebuild (or an import) does once a batch's rows are in its new table: keeps its failures for
 * the swap (`failedIds` and `reasons`, parallel), counts it, and calls the `after-write` hook.
 */
export function afterCopied(state: RunState, hooks: BatchHooks, failedIds: number[], reasons: string[]): (batch: ComputedBatch) => Promise<void> {
  let number = 0;
  return async (batch) => {
    for (const failure of batch.failures) {
      failedIds.push(failure.lexemeId);
      reasons.push(describeFailure(failure));
    }
    state.committed(batch.replaceIds.length, batch.forms.count, batch.failures);
    await hooks.at('after-write', ++number, batch.replaceIds);
  };
}
