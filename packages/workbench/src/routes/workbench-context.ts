import type { Database } from '@paradigm/persistence';
import type { ResolvedOptions } from '../config/workbench-options';
import type { QueueWatcher } from '../events/queue-watcher';
import type { WorkbenchEvents } from '../events/workbench-events';
import type { GrammarCache } from '../data/grammar-cache';
import type { ImportRunner } from '../import/import-runner';

/** What every route uses: the database and the server's shared parts. */
export interface WorkbenchContext {
  readonly db: Database;
  readonly options: ResolvedOptions;
  readonly events: WorkbenchEvents;
  readonly grammars: GrammarCache;
  readonly queue: QueueWatcher;
  readonly imports: ImportRunner;
  /** Tells the recompute loop (if it runs in this process) that there is work. */
  readonly kick: () => void;
}
