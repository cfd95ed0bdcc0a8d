import type { LexemeFailure } from '../compute/lexeme-failure';
import type { PatternProblem } from '../compute/pattern-problem';
import { MAX_LISTED_FAILURES, type RebuildMilestone, type RebuildMilestones, type RunReport } from '../report/run-report';
import type { ProgressReporter } from '../progress/progress-reporter';
import { PhaseTimings } from '../report/phase-timings';


/** Counters shared by a run's concurrent batches. */
export class RunState {
  lexemes = 0;
  forms = 0;
  batches = 0;
  failedCount = 0;
  requeued = 0;
  readonly failures: LexemeFailure[] = [];
  readonly timings = new PhaseTimings();
  readonly started = performance.now();
  private readonly startCpu = process.cpuUsage();
  private readonly milestones: { -readonly [M in RebuildMilestone]?: number } = {};

  constructor(private readonly progress: ProgressReporter) {}

  /** Counts a committed batch and shows progress. */
  committed(lexemes: number, forms: number, failures: readonly LexemeFailure[]): void {
    this.lexemes += lexemes;
    this.forms += forms;
    this.batches += 1;
    this.failedCount += failures.length;
    for (const failure of failures) if (this.failures.length < MAX_LISTED_FAILURES) this.failures.push(failure);
    this.progress.update(this.counts());
  }

  /** Counts lexemes a full recompute handed to the queue instead of writing them (see `lockIfCurrent`). */
  handedToQueue(lexemes: number): void {
    this.requeued += lexemes;
  }

  counts() {
    return { lexemes: this.lexemes, forms: this.forms, failed: this.failedCount };
  }

  /** Notes that a rebuild reached `milestone` now (the first time only). */
  reached(milestone: RebuildMilestone): void {
    this.milestones[milestone] ??= Math.round((performance.now() - this.started) * 10) / 10;
  }

  /** Times `fn` as one batch's `phase`. */
  async time<T>(phase: 'fetch' | 'compute' | 'persist', fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.timings.record(phase, performance.now() - start);
    }
  }

  /**
   * The next batch of `batches`, its computation timed as one `compute` batch; the final call, which
   * only finds the generator finished, is not counted as a batch.
   */
  async nextBatch<T>(batches: AsyncIterator<T>): Promise<IteratorResult<T>> {
    const start = performance.now();
    const next = await batches.next();
    if (!next.done) this.timings.record('compute', performance.now() - start);
    return next;
  }

  /** `batches` as they are computed, each one's time recorded as `compute` ({@link nextBatch}). */
  async *timedBatches<T>(batches: AsyncIterator<T>): AsyncGenerator<T> {
    for (;;) {
      const next = await this.nextBatch(batches);
      if (next.done) return;
      yield next.value;
    }
  }

  /** The {@link RunReport} of this run so far. */
  report(
    run: Pick<RunReport, 'command' | 'database' | 'writer' | 'batchSize' | 'batchForms' | 'concurrency'>,
    patternProblems: readonly PatternProblem[],
    interrupted: boolean,
  ): RunReport {
    return {
      ...run,
      lexemes: this.lexemes,
      forms: this.forms,
      batches: this.batches,
      failed: this.failedCount,
      requeued: this.requeued,
      failures: this.failures,
      patternProblems,
      elapsedMs: Math.round(performance.now() - this.started),
      cpuMs: cpuMs(process.cpuUsage(this.startCpu)),
      timings: this.timings.summary(),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      interrupted,
      ...(Object.keys(this.milestones).length > 0 ? { milestones: { ...this.milestones } satisfies RebuildMilestones } : {}),
    };
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1000);
