import { Bench } from 'tinybench';
import type { MicroBaseline, MicroTaskResult } from '../artifacts/micro-baseline';
import { describeMachine, gitRevision } from '../machine/machine-info';
import { percentiles } from '../stats/quantiles';
import { loadDatasets } from './load-datasets';
import { microTasks, type MicroTask } from './micro-tasks';

/** Options of one micro-benchmark run. */
export interface MicroOptions {
  readonly root: string;
  /** tinybench time budget per task, in ms (default 500). */
  readonly timeMs: number;
  readonly command: string;
  /** Lexemes per generate task (default 200). */
  readonly lexemesPerTask?: number;
  /** Synthetic dataset size (default 1000 lexemes). */
  readonly syntheticLexemes?: number;
}

async function measure(tasks: readonly MicroTask[], timeMs: number): Promise<MicroTaskResult[]> {
  const bench = new Bench({ time: timeMs, warmupTime: Math.min(200, timeMs), retainSamples: true });
  for (const t of tasks) bench.add(t.name, t.run, { async: false });
  await bench.run();
  return tasks.map((t) => {
    const result = bench.getTask(t.name)!.result;
    if (result.state !== 'completed') {
      throw new Error(`micro-benchmark task "${t.name}" ended ${result.state}${result.state === 'errored' ? `: ${result.error.message}` : ''}`);
    }
    const lat = percentiles(result.latency.samples ?? []);
    const opsPerSec = result.throughput.p50;
    return {
      name: t.name, phase: t.phase, kind: t.kind, dataset: t.dataset, operation: t.operation,
      opsPerSec, formsPerSec: t.formsPerOp !== undefined ? opsPerSec * t.formsPerOp : undefined,
      rmePercent: result.latency.rme, meanMs: result.latency.mean, p50Ms: lat.p50, p95Ms: lat.p95, p99Ms: lat.p99, samples: result.latency.samplesCount,
    };
  });
}

/**
 * Runs the micro-benchmark once, in this process, with no database: compile and generate tasks on
 * the synthetic dataset and on every real lexicon installed on this machine.
 */
export async function runMicroBenchmark(options: MicroOptions): Promise<MicroBaseline> {
  const lexemesPerTask = options.lexemesPerTask ?? 200;
  const syntheticLexemes = options.syntheticLexemes ?? 1000;
  const datasets = loadDatasets(syntheticLexemes);
  const tasks = datasets.flatMap((d) => microTasks(d, lexemesPerTask));
  return {
    artifact: 'micro-benchmark',
    version: 1,
    date: new Date().toISOString(),
    machine: describeMachine(),
    revision: gitRevision(options.root),
    command: options.command,
    config: { tinybenchTimeMs: options.timeMs, lexemesPerTask, syntheticLexemes, datasets: datasets.map((d) => `${d.name}: ${d.description}`).join('; ') },
    tasks: await measure(tasks, options.timeMs),
  };
}
