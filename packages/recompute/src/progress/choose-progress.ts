import { ProgressBar, type TerminalStream } from './progress-bar';
import { ProgressLines } from './progress-lines';
import { type ProgressReporter, SILENT_PROGRESS } from './progress-reporter';

/** How progress is shown: a bar on a terminal, JSON lines otherwise, or nothing. */
export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

/** Every {@link ProgressMode}, in the order `--help` lists them. */
export const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'bar', 'lines', 'none'];

/** Where progress goes, and whether it is a terminal (`process.stderr` is one of these). */
export interface ProgressStream extends TerminalStream {
  readonly isTTY?: boolean;
}

/** `auto`: a bar when stderr is a terminal, JSON lines when it is a pipe or a file. */
export function chooseProgress(mode: ProgressMode, stderr: ProgressStream = process.stderr): ProgressReporter {
  if (mode === 'none') return SILENT_PROGRESS;
  if (mode === 'bar' || (mode === 'auto' && stderr.isTTY)) return new ProgressBar(stderr);
  return new ProgressLines((line) => stderr.write(line));
}
