import { clearFailures, type Connection, recordFailures, replaceForms, replaceIdRange } from '@paradigm/persistence';
import type { ComputedBatch } from '../compute/compute-batch';
import { describeFailure } from '../compute/lexeme-failure';

/**
 * Inside the batch's transaction: replace the forms of the lexemes that generated, remember the ones
 * that failed (their forms are untouched) and forget earlier failures of those that now succeeded.
 * A range batch's caller holds its lexemes' locks already (see `lockIfCurrent`).
 */
export async function persistBatch(tx: Connection, batch: ComputedBatch): Promise<number> {
  const written = batch.range
    ? await replaceIdRange(tx, batch.range, batch.replaceIds, batch.forms)
    : await replaceForms(tx, batch.replaceIds, batch.forms);
  if (batch.failures.length > 0) {
    const failure = recordFailures(
      batch.failures.map((f) => f.lexemeId),
      batch.failures.map(describeFailure),
    );
    await tx.query(failure.text, failure.values);
  }
  if (batch.replaceIds.length > 0) {
    const cleared = clearFailures(batch.replaceIds);
    await tx.query(cleared.text, cleared.values);
  }
  return written;
}
