import { type ProgressCounts, type ProgressEnd, type ProgressReporter, rates } from './progress-reporter';

const EVERY_MS = 1000;

/**
 * One JSON object per line, at most once a second plus a final one (`done`, or `stopped` when the run
 * ended before its work was done): what a log collector or a CI job without a terminal can read.
 * `{"event":"progress","label":"recompute","lexemes":500,"total":1000,"forms":12500,"failed":0,"formsPerSecond":25000,"etaSeconds":1}`
 */
export class ProgressLines implements ProgressReporter {
  private label = '';
  private total: number | undefined;
  private started = 0;
  private lastLine = 0;

  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  start(label: string, total: number | undefined): void {
    this.label = label;
    this.total = total;
    this.started = this.now();
    this.lastLine = this.started;
    this.emit('start', { lexemes: 0, forms: 0, failed: 0 }, this.started);
  }

  update(counts: ProgressCounts): void {
    const now = this.now();
    if (now - this.lastLine < EVERY_MS) return;
    this.lastLine = now;
    this.emit('progress', counts, now);
  }

  finish(counts: ProgressCounts, end: ProgressEnd = 'done'): void {
    this.emit(end, counts, this.now());
  }

  private emit(event: string, counts: ProgressCounts, now: number): void {
    const { formsPerSecond, etaSeconds } = rates(counts, this.total, now - this.started);
    this.write(
      JSON.stringify({
        event,
        label: this.label,
        lexemes: counts.lexemes,
        total: this.total ?? null,
        forms: counts.forms,
        failed: counts.failed,
        formsPerSecond: Math.round(formsPerSecond),
        etaSeconds: etaSeconds === undefined ? null : Math.round(etaSeconds * 10) / 10,
        elapsedMs: now - this.started,
      }) + '\n',
    );
  }
}
