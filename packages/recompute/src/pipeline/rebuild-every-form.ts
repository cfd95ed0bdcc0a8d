import type { Database } from '@paradigm/persistence';
import { takeOverFormsGeneration } from '../compute/forms-generation';
import type { RunReport } from '../report/run-report';
import { dataRejection } from '../runtime/database-errors';
import { fullRebuild } from './full-rebuild';
import type { FullRebuildOptions } from './full-rebuild-options';
import { fullRecompute, type FullRecomputeOptions } from './full-recompute';

/** Options of {@link rebuildEveryForm}: a rebuild's, and the page-by-page recompute's it falls back to. */
export type RebuildEveryFormOptions = FullRebuildOptions & Omit<FullRecomputeOptions, 'selection'>;

/**
 * `recompute --all`: the rebuild. Its rows go in with one COPY, so a form the server refuses (a CHECK
 * constraint, an index limit) fails all of it, and nothing changed; then the page-by-page recompute
 * runs instead, which fails that lexeme alone (its old forms kept, the failure recorded) and writes
 * the others. Forms of an earlier generation are queued first (`takeOverFormsGeneration`): the swap
 * dequeues them, as it dequeues what was queued before the rebuild registered.
 */
export async function rebuildEveryForm(db: Database, options: RebuildEveryFormOptions): Promise<RunReport> {
  await takeOverFormsGeneration(db, options.onFormsGenerationRaised);
  try {
    return await fullRebuild(db, options);
  } catch (error) {
    if (!dataRejection(error)) throw error;
    return fullRecompute(db, { ...options, selection: { kind: 'all' } });
  }
}
