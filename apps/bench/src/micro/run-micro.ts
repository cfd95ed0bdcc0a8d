import { significant } from '../artifacts/artifact-json';
import type { MicroBaseline, MicroSettings, MicroTaskResult } from '../artifacts/micro-baseline';
import { describeMachine, gitRevision, loadAverage } from '../shared/provenance';
import { CALIBRATION_VERSION, calibrationOperation } from './calibration-task';
import { measureInterleaved } from './interleaved-measure';
import { loadDatasets } from './load-datasets';
import { microTasks, type MicroTask } from './micro-tasks';

/** Options of one micro-benchmark run. */
export interface MicroOptions {
  readonly root: string;
  readonly command: string;
  /** Rounds of calibration, task, calibration per task (default {@link DEFAULT_ROUNDS}). */
  readonly rounds?: number;
  /** Target length of one timed block, in ms (default {@link DEFAULT_BLOCK_MS}). */
  readonly blockMs?: number;
  /** Lexemes per generate task (default 200). */
  readonly lexemesPerTask?: number;
  /** Synthetic dataset size (default 1000 lexemes). */
  readonly syntheticLexemes?: number;
  /** Only the synthetic dataset, not the real lexicons installed on this machine. */
  readonly syntheticOnly?: boolean;
  /** Every operation does this many times its work (default 1): a real slowdown, for testing the check. */
  readonly workFactor?: number;
  /** Called after each task with its result (progress). */
  readonly onTask?: (result: MicroTaskResult) => void;
}

/**
 * 15 rounds of 20 ms blocks: about 1 s of calibration and task time per task. Measured under a busy-loop
 * load of 5 on 2 cores, the rounds' ratios spread by a few percent around their median, far inside
 * the check's threshold.
 */
export const DEFAULT_ROUNDS = 15;
export const DEFAULT_BLOCK_MS = 20;

function measure(t: MicroTask, settings: MicroSettings): MicroTaskResult {
  const m = measureInterleaved(t.run, calibrationOperation, settings);
  return {
    name: t.name, phase: t.phase, kind: t.kind, dataset: t.dataset, operation: t.operation,
    opsPerSec: m.opsPerSec, formsPerSec: t.formsPerOp !== undefined ? m.opsPerSec * t.formsPerOp : undefined,
    ratio: m.ratio, ratioSpread: m.ratioSpread, roundRatios: m.ratios.map((r) => significant(r)), roundOpsPerSec: m.roundOpsPerSec.map((r) => significant(r)),
    rmePercent: m.rmePercent, meanMs: m.latency.mean, p50Ms: m.latency.p50, p95Ms: m.latency.p95, p99Ms: m.latency.p99, samples: m.latency.samples,
  };
}

/**
 * Runs the micro-benchmark once, in this process, with no database: compile and generate tasks on the
 * synthetic dataset and on every real lexicon installed on this machine, each measured as a ratio to
 * the calibration task interleaved with it (see {@link measureInterleaved}).
 */
export async function runMicroBenchmark(options: MicroOptions): Promise<MicroBaseline> {
  const lexemesPerTask = options.lexemesPerTask ?? 200;
  const syntheticLexemes = options.syntheticLexemes ?? 1000;
  const workFactor = options.workFactor ?? 1;
  const all = loadDatasets(syntheticLexemes);
  const datasets = options.syntheticOnly ? all.filter((d) => d.name === 'synthetic') : all;
  const settings: MicroSettings = {
    calibrationVersion: CALIBRATION_VERSION, rounds: options.rounds ?? DEFAULT_ROUNDS, blockMs: options.blockMs ?? DEFAULT_BLOCK_MS,
    syntheticLexemes, lexemesPerTask, datasets: datasets.map((d) => `${d.name}: ${d.description}`), node: process.version,
  };
  const tasks = datasets.flatMap((d) => microTasks(d, lexemesPerTask, workFactor));
  const before = loadAverage();
  const results: MicroTaskResult[] = [];
  for (const t of tasks) {
    results.push(measure(t, settings));
    options.onTask?.(results[results.length - 1]);
    // Lets timers and I/O in (a caller's progress output, a test's child processes) between tasks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return {
    artifact: 'micro-benchmark',
    version: 2,
    date: new Date().toISOString(),
    machine: describeMachine(),
    revision: gitRevision(options.root),
    command: options.command,
    settings,
    loadAverage: { before, after: loadAverage() },
    ...(workFactor !== 1 ? { workFactor } : {}),
    tasks: results,
  };
}
