import type { Database } from '@paradigm/persistence';
import { readerHoldingForms } from '@paradigm/persistence/testing';

/**
 * Runs `during` while another session (`application_name` 'holder') holds a transaction that has read
 * `forms`, left open as a psql session would (it holds the lexicon's tables against a replace);
 * resolves to what `during` resolves to, given that session's pid. The transaction commits afterwards.
 */
export async function whileHeld<T>(db: Database, during: (holderPid: number) => Promise<T>): Promise<T> {
  const holder = await readerHoldingForms(db, 'holder');
  try {
    return await during(holder.pid);
  } finally {
    await holder.release();
  }
}

/** Resolves once `told` holds something, checking every 100 ms for at most a minute. */
export async function untilTold(told: readonly unknown[]): Promise<void> {
  for (let waited = 0; told.length === 0 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}
