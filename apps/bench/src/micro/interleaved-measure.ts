import { performance } from 'node:perf_hooks';
import { median, percentiles, quantile, type Percentiles } from '../shared/statistics';

/** How long each timed block lasts and how many rounds of blocks one task gets. */
export interface InterleaveSettings {
  /** Rounds per task; each round times calibration, task, calibration. */
  readonly rounds: number;
  /** Target CPU time of one block, in ms (a block is at least one operation). */
  readonly blockMs: number;
}

/** One task measured against the calibration task. */
export interface InterleavedResult {
  /**
   * Median over the rounds of (task CPU ms per op) / (calibration CPU ms per op, the mean of the blocks
   * just before and after): the task's cost in calibration operations, which load and machine speed
   * cancel.
   */
  readonly ratio: number;
  /** The rounds' ratios, in order. */
  readonly ratios: readonly number[];
  /** Interquartile range of the rounds' ratios relative to their median: how steady the ratio was. */
  readonly ratioSpread: number;
  /** The task's own operations per second at the median block (wall clock; moves with load). */
  readonly opsPerSec: number;
  /** Each round's operations per second (wall clock), in order. */
  readonly roundOpsPerSec: readonly number[];
  /** Latency of each of the task's operations, in ms. */
  readonly latency: Percentiles;
  /** Relative margin of error of the mean latency, percent (95 %, normal approximation). */
  readonly rmePercent: number;
}

/** CPU time of this process (user + system, every thread), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A timed block: CPU and wall-clock ms. */
interface Block {
  readonly cpu: number;
  readonly wall: number;
}

/** Runs `ops` calls of `run`; with `samples`, also times each call on its own (wall clock, ms). */
function timeBlock(run: () => unknown, ops: number, samples?: number[]): Block {
  const cpu = cpuMs();
  const wall = performance.now();
  if (samples) {
    for (let i = 0; i < ops; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
  } else {
    for (let i = 0; i < ops; i++) run();
  }
  return { cpu: cpuMs() - cpu, wall: performance.now() - wall };
}

/** Warms `run` up (the JIT) for about `ms` and returns how many calls fill one block of `ms`. */
function opsPerBlock(run: () => unknown, ms: number): number {
  let ops = 0;
  const start = performance.now();
  do {
    run();
    ops++;
  } while (performance.now() - start < ms);
  // performance.now() above only bounds the warm-up; the block size below is in CPU time.
  // Measured again once warm (the first calls include compilation), in CPU time like the rounds.
  const warm = timeBlock(run, ops).cpu;
  return Math.max(1, Math.round((ops * ms) / Math.max(warm, 1e-3)));
}

/**
 * Measures `task` against `calibration` in interleaved blocks of about `blockMs` of CPU time: per
 * round, calibration, task, calibration, so both see the same machine (clock, caches shared with
 * whatever else runs) within a few tens of milliseconds. Blocks are timed in this process's CPU time,
 * not wall clock: at a load of 14 on 2 cores, wall-clock ratios of 20 ms blocks spread by 40-230 %
 * (interquartile range over 15 rounds), because a block's wall time is mostly the time it waited for
 * a core. The median of the rounds' ratios is robust to a round disturbed on one side only.
 */
export function measureInterleaved(task: () => unknown, calibration: () => unknown, settings: InterleaveSettings): InterleavedResult {
  const taskOps = opsPerBlock(task, settings.blockMs);
  const calibrationOps = opsPerBlock(calibration, settings.blockMs);
  const ratios: number[] = [];
  const blockOpsPerSec: number[] = [];
  const samples: number[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const before = timeBlock(calibration, calibrationOps);
    const measured = timeBlock(task, taskOps, samples);
    const after = timeBlock(calibration, calibrationOps);
    const calibrationMsPerOp = (before.cpu + after.cpu) / 2 / calibrationOps;
    ratios.push(measured.cpu / taskOps / calibrationMsPerOp);
    blockOpsPerSec.push((taskOps * 1000) / measured.wall);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const ratio = median(ratios);
  const latency = percentiles(samples);
  const sd = Math.sqrt(samples.reduce((s, v) => s + (v - latency.mean) ** 2, 0) / Math.max(1, samples.length - 1));
  return {
    ratio,
    ratios,
    ratioSpread: (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / ratio,
    opsPerSec: median(blockOpsPerSec),
    roundOpsPerSec: blockOpsPerSec,
    latency,
    rmePercent: ((1.96 * sd) / Math.sqrt(samples.length) / latency.mean) * 100,
  };
}
