import { clearFailures, type Connection, recordFailures, replaceForms, replaceIdRange } from '@paradigm/persistence';
import type { ComputedBatch } from '../compute/compute-batch';
import { describeFailure } from '../compute/lexeme-failure';

/** Options of {@link persistBatch}. */
export interface PersistOptions {
  /** The batch's lexemes were claimed by `claimLexemes` in this transaction, which took their locks and forgot their failures already. */
  readonly claimed?: boolean;
}

/**
 * Inside the batch's transaction: replace the forms of the lexemes that generated, remember the ones
 * that failed (their forms are untouched) and forget earlier failures of those that now succeeded.
 * A range batch's caller holds its lexemes' locks already (see `lockIfCurrent`), and so does a claim's.
 */
export async function persistBatch(tx: Connection, batch: ComputedBatch, options: PersistOptions = {}): Promise<number> {
  const written = batch.range
    ? await replaceIdRange(tx, batch.range, batch.replaceIds, batch.forms)
    : await replaceForms(tx, batch.replaceIds, batch.forms, { locked: options.claimed });
  if (batch.failures.length > 0) {
    const failure = recordFailures(
      batch.failures.map((f) => f.lexemeId),
      batch.failures.map(describeFailure),
    );
    await tx.query(failure.text, failure.values);
  }
  if (batch.replaceIds.length > 0 && !options.claimed) {
    const cleared = clearFailures(batch.replaceIds);
    await tx.query(cleared.text, cleared.values);
  }
  return written;
}
