import { type ProgressCounts, type ProgressEnd, type ProgressReporter, rates } from './progress-reporter';
import { formatDuration } from './format-duration';

/** What the bar needs from a terminal stream. */
export interface TerminalStream {
  write(text: string): unknown;
  readonly columns?: number;
}

const WIDTH = 30;
const REDRAW_MS = 100;

/** A one-line progress bar redrawn in place (`\r`), with forms/s and ETA. For a terminal on stderr. */
export class ProgressBar implements ProgressReporter {
  private label = '';
  private total: number | undefined;
  private started = 0;
  private lastDraw = 0;

  constructor(
    private readonly stream: TerminalStream,
    private readonly now: () => number = Date.now,
  ) {}

  start(label: string, total: number | undefined): void {
    this.label = label;
    this.total = total;
    this.started = this.now();
    this.lastDraw = 0;
  }

  update(counts: ProgressCounts): void {
    const now = this.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(counts, now);
  }

  /** Draws the last counts and ends the line, however the run ended. */
  finish(counts: ProgressCounts, _end?: ProgressEnd): void {
    this.draw(counts, this.now());
    this.stream.write('\n');
  }

  private draw(counts: ProgressCounts, now: number): void {
    const { formsPerSecond, etaSeconds } = rates(counts, this.total, now - this.started);
    const fraction = this.total ? Math.min(counts.lexemes / this.total, 1) : undefined;
    const filled = fraction === undefined ? 0 : Math.round(fraction * WIDTH);
    const bar = fraction === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `;
    const of = this.total === undefined ? '' : `/${this.total}`;
    const failed = counts.failed ? ` ${counts.failed} failed` : '';
    const eta = etaSeconds === undefined ? '' : ` ETA ${formatDuration(etaSeconds)}`;
    let line = `${this.label} ${bar}${counts.lexemes}${of} lexemes ${counts.forms} forms ${Math.round(formsPerSecond)} forms/s${eta}${failed}`;
    if (this.stream.columns) line = line.slice(0, this.stream.columns - 1);
    this.stream.write(`\r${line}\x1b[K`);
  }
}
