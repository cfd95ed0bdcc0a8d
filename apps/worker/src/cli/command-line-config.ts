import type { ProgressMode, WorkerConfig } from '@paradigm/recompute';

/** What the command line sets besides the engine's {@link WorkerConfig}: how this process shows, stops and reports a run. */
export interface ProcessSettings {
  readonly progress: ProgressMode;
  /** After SIGINT/SIGTERM, how long the in-flight batches get before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
  /** Also write the run's report (counts, timings per phase, peak RSS) as JSON to this file. */
  readonly reportFile?: string;
}

/** A command and its flags, as read from the command line. */
export type CommandLineConfig = WorkerConfig & ProcessSettings;
