import type { LexemeFailure } from '../compute/lexeme-failure';
import type { PatternProblem } from '../compute/pattern-problem';
import type { Phase, PhaseSummary } from './phase-timings';

/** Failures a report lists (kept in memory for the summary); beyond this only the count grows (all are in the table). */
export const MAX_LISTED_FAILURES = 1000;

/** What a recompute or a queue drain did. */
export interface RunReport {
  /** `import`: the forms an import wrote with its lexicon (`importLexicon`). */
  readonly command: 'recompute' | 'run' | 'import';
  readonly database: string;
  readonly writer: string;
  readonly batchSize: number;
  readonly batchForms: number;
  readonly concurrency: number;
  /** Lexemes whose forms were replaced (including deleted lexemes whose forms were removed). */
  readonly lexemes: number;
  readonly forms: number;
  readonly batches: number;
  /** How many lexemes could not be generated, or whose forms the database refused; their old forms were kept. */
  readonly failed: number;
  /**
   * Lexemes a full recompute queued instead of writing, because they (or the patterns) changed after
   * their page was read; `worker run` recomputes them. Always 0 for `run`.
   */
  readonly requeued: number;
  /** The first of them (up to 1000; all are in `recompute_failures`). */
  readonly failures: readonly LexemeFailure[];
  readonly patternProblems: readonly PatternProblem[];
  readonly elapsedMs: number;
  /** CPU time (user + system) this process spent during the run, in ms: on a machine whose cores the database shares, what the worker takes from it. */
  readonly cpuMs: number;
  readonly timings: Record<Phase, PhaseSummary>;
  /** The process's peak resident set size so far (MB), from `process.resourceUsage().maxRSS`. */
  readonly peakRssMb: number;
  /** Stopped by a signal before the end. */
  readonly interrupted: boolean;
  /** `recompute --all` only: another process finished a rebuild while this one waited for it, so this one did nothing. */
  readonly rebuiltByAnother?: boolean;
  /** `recompute --all --shared` only: this process's part in the shared rebuild. */
  readonly sharedRebuild?: SharedRebuildPart;
  /** `recompute --all` without `--shared`: when each step of the rebuild was reached (see {@link RebuildMilestone}). */
  readonly milestones?: RebuildMilestones;
}

/**
 * The steps of a rebuild (`recompute --all`), in the order they are reached. Where a rebuild's time goes
 * is in their differences: the start's round trips, the grammar, the first page read and computed (cold
 * code), the COPY (the computation of every page beside the server's COPY), then the server's work that
 * the bulk ceiling shares: indexes, ANALYZE, the swap and the commit.
 */
export const REBUILD_MILESTONES = ['registered', 'snapshot', 'grammar', 'firstPage', 'firstBatch', 'copied', 'indexed', 'analyzed', 'swapped', 'committed'] as const;

/**
 * One of {@link REBUILD_MILESTONES}: `registered` (the rebuild registered, its session lock held);
 * `snapshot` (the lexicon's snapshot taken, on PostgreSQL on the second session); `grammar` (the new
 * table created, the patterns read and compiled); `firstPage` (the first page of lexemes in hand);
 * `firstBatch` (its forms computed: the COPY starts); `copied` (every row in the new table); `indexed`
 * (its indexes, constraints, triggers and grants); `analyzed`; `swapped` (it replaced `forms`);
 * `committed`.
 */
export type RebuildMilestone = (typeof REBUILD_MILESTONES)[number];

/** Milliseconds from the run's start (as `elapsedMs`) to each {@link RebuildMilestone} reached, to a tenth. */
export type RebuildMilestones = Partial<Record<RebuildMilestone, number>>;

/** What one process did in a shared rebuild (`recompute --all --shared`). */
export interface SharedRebuildPart {
  /** It joined (or resumed) a rebuild registered before it started, rather than registering one. */
  readonly joined: boolean;
  /** Ranges it copied into the new table and committed (its lexemes and forms are the report's). */
  readonly rangesCopied: number;
  /** It built the new table's indexes and swapped it in (else another process did, or nobody yet). */
  readonly swapped: boolean;
}

/** Whether the run should exit non-zero: any lexeme or pattern failed. */
export function hasFailures(report: RunReport): boolean {
  return report.failed > 0 || report.patternProblems.length > 0;
}
