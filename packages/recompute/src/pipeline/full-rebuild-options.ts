import type { LockWaitListener } from '@paradigm/persistence';
import type { FormsGenerationListener } from '../compute/forms-generation';
import type { ProgressReporter } from '../progress/progress-reporter';
import type { BatchHooks } from '../runtime/batch-hooks';

/** Options of `fullRebuild` (and of the shared rebuild it hands over to). */
export interface FullRebuildOptions {
  /** Lexemes read per query; with `shared`, also the lexemes of each range the processes share. */
  readonly batchSize: number;
  /** Most forms computed at a time (a page that generates more is computed in parts). */
  readonly batchForms: number;
  readonly progress: ProgressReporter;
  /**
   * Aborting rolls the rebuild back: the old forms stay, as if it had not started. With `shared`, the
   * range in flight rolls back; the ranges done stay for the other processes or the next shared run.
   */
  readonly signal: AbortSignal;
  readonly hooks?: BatchHooks;
  /**
   * PostgreSQL only (`recompute --all --shared`): start or join a rebuild that several processes share
   * range by range (`sharedRebuild`) instead of this process's one-snapshot rebuild. Ignored on
   * PGlite (one process).
   */
  readonly shared?: boolean;
  /** Told who holds `forms` when the swap has waited a few seconds for it (a reader's transaction left open). */
  readonly onLockWait?: LockWaitListener;
  /** Told when the forms were an earlier paradigm's, and every lexeme is computed again (see `takeOverFormsGeneration`). */
  readonly onFormsGenerationRaised?: FormsGenerationListener;
}
