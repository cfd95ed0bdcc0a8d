import { performance } from 'node:perf_hooks';
import { replaceForms, type Database, type FormWriter } from '@paradigm/persistence';
import { withBenchConnection } from './bench-schema';
import { rowsOf } from '../shared/form-columns';
import type { ReplaceBatch } from './form-batches';

/**
 * Replaces every batch through `writer` with `concurrency` connections, each taking the next batch
 * when done (as the worker's persist stage does), one transaction per batch. Resolves to seconds of
 * wall time, which include adding each batch's forms to the writer's rows (the `copy` writer's
 * encoding). On PGlite the connections queue for its single connection, so concurrency is serial.
 */
export async function runCell(db: Database, writer: FormWriter, batches: readonly ReplaceBatch[], concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  const lane = () => withBenchConnection(db, async (conn) => {
    while (next < batches.length) {
      const batch = batches[next++];
      const rows = rowsOf(writer, batch.forms);
      await conn.transaction((tx) => replaceForms(tx, batch.lexemeIds, rows));
    }
  });
  await Promise.all(Array.from({ length: concurrency }, lane));
  return (performance.now() - start) / 1000;
}
