import type { MicroBaseline } from '../artifacts/micro-baseline';

/** Options of one micro-benchmark run. */
export interface MicroOptions {
  readonly root: string;
  /** tinybench time budget per task, in ms. */
  readonly timeMs: number;
  readonly command: string;
}

/** Runs the micro-benchmark once (placeholder until paradigm-core's API lands). */
export async function runMicroBenchmark(options: MicroOptions): Promise<MicroBaseline> {
  throw new Error(`micro-benchmark not available yet (${options.command})`);
}
