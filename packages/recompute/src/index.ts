// Running a command: a recompute (page by page, or every lexeme as a rebuild and swap) or a queue
// drain (once, or following the queue with reconnection).
export { runWorker, type WorkerContext } from './worker';
export { fullRecompute, type FullRecomputeOptions } from './pipeline/full-recompute';
export { fullRebuild } from './pipeline/full-rebuild';
export { mostOfLexiconQueued } from './pipeline/most-of-lexicon-queued';
export { IMPORT_FAILURES_BEFORE_STOP, importLexicon, type ImportLexiconOptions, type LexiconImport, type LexiconToImport } from './pipeline/import-lexicon';
export type { FullRebuildOptions } from './pipeline/full-rebuild-options';
export { drainQueue, type DrainQueueOptions } from './pipeline/drain-queue';
export { runQueue, type RunQueueConfig, type RunQueueOptions } from './pipeline/run-queue';
export { GrammarCache } from './compute/grammar-cache';

// Running a command as a program does: signals, opening and closing the database, its failures as outcomes.
export { runCommand, exitCodeOf, RUN_EXIT, type CommandOutcome, type RunCommandOptions } from './runtime/run-command';

// What to run and how: commands, defaults, the sessions' settings, reconnection.
export {
  DEFAULTS,
  CONNECTION_DEFAULTS,
  MAX_CONCURRENCY,
  REBUILD_THRESHOLD,
  type RebuildThreshold,
  type CommonConfig,
  type ConnectionSettings,
  type LexemeSelection,
  type RecomputeConfig,
  type RunConfig,
  type WorkerConfig,
} from './config/worker-config';
export { CLIENT_SESSION_SETTINGS, withWorkerSessionSettings, workerSessionSettings } from './config/session-settings';
export { workerOpenOptions } from './config/open-options';
export type { ReconnectPolicy } from './runtime/reconnect';

// What a run did.
export { describeFailure } from './compute/lexeme-failure';
export { hasFailures, REBUILD_MILESTONES, type RebuildMilestone, type RebuildMilestones, type RunReport, type SharedRebuildPart } from './report/run-report';
export type { PatternProblem } from './compute/pattern-problem';
export type { LexemeFailure } from './compute/lexeme-failure';
export type { Phase, PhaseSummary } from './report/phase-timings';
export { formatSummary, REBUILT_QUEUE_SUMMARY, type SummaryCommands } from './report/format-summary';
export { describeRolledBackImport, type RolledBackImport } from './pipeline/rolled-back-import';

// Progress while it runs.
export { SILENT_PROGRESS, type ProgressCounts, type ProgressEnd, type ProgressReporter } from './progress/progress-reporter';
export { ProgressBar, type TerminalStream } from './progress/progress-bar';
export { formatDuration } from './progress/format-duration';
export { lockWaitText } from './report/lock-wait-text';
export { emptyingImportText } from './report/emptying-import-text';
export { type FormsGenerationListener, formsGenerationRaisedText } from './compute/forms-generation';
export { ProgressLines } from './progress/progress-lines';
export { chooseProgress, PROGRESS_MODES, type ProgressMode, type ProgressStream } from './progress/choose-progress';

// The process around a run: signals, memory, a database that goes away.
export { installShutdown, type Shutdown } from './runtime/shutdown';
export { limitHeapGrowth } from './runtime/heap-growth';
export { DatabaseUnavailableError, isDatabaseUnavailable, rootMessage, serverError } from './runtime/database-errors';

// Points inside a batch where tests pause, log or slow a run.
export {
  type BatchHooks,
  type BatchPoint,
  NO_HOOKS,
  hooksFromEnvironment,
  PAUSE_VARIABLE,
  RESUME_SIGNAL,
  CLAIM_LOG_VARIABLE,
  DELAY_VARIABLE,
} from './runtime/batch-hooks';
