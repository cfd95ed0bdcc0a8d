/** Counts so far in a run. */
export interface ProgressCounts {
  readonly lexemes: number;
  readonly forms: number;
  readonly failed: number;
}

/**
 * Shows a run's progress. The pipeline calls `update` after every batch; reporters throttle their own
 * output, so a fast run does not spend its time printing.
 */
export interface ProgressReporter {
  /** `total` lexemes expected, when known (a queue being drained may grow). */
  start(label: string, total: number | undefined): void;
  update(counts: ProgressCounts): void;
  /** The last call: the run did its work (`done`), or ended before, its work rolled back or left for later (`stopped`). */
  finish(counts: ProgressCounts, end?: ProgressEnd): void;
}

/** How a run ended, for its last progress output. */
export type ProgressEnd = 'done' | 'stopped';

/** Rate and ETA from counts and elapsed time. */
export function rates(counts: ProgressCounts, total: number | undefined, elapsedMs: number) {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const formsPerSecond = counts.forms / seconds;
  const lexemesPerSecond = counts.lexemes / seconds;
  const remaining = total === undefined ? undefined : Math.max(total - counts.lexemes, 0);
  const etaSeconds = remaining === undefined || lexemesPerSecond === 0 ? undefined : remaining / lexemesPerSecond;
  return { formsPerSecond, lexemesPerSecond, etaSeconds };
}

/** A reporter that shows nothing (`--progress none`, tests). */
export const SILENT_PROGRESS: ProgressReporter = { start() {}, update() {}, finish() {} };
