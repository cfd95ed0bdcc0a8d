import type { MicroBaseline } from '../artifacts/micro-baseline';
import { median } from '../stats/quantiles';

/**
 * How much slower than the baseline a task may get before the check fails.
 *
 * A task fails when its median ops/s over the reruns is below
 * `baseline x (1 - threshold - noise)`, where `noise` is the relative spread of the reruns themselves
 * ((max - min) / median, capped at {@link CompareOptions.maxNoise}). Tolerating the measured spread keeps
 * a noisy machine (2 shared cores here) from failing the check on jitter, while a real regression larger
 * than the threshold still fails.
 */
export interface CompareOptions {
  /** Relative slowdown tolerated beyond the noise; default 0.25 (25 %). */
  readonly threshold: number;
  /** Cap on the tolerated noise, so a wildly noisy rerun cannot hide everything; default 0.25. */
  readonly maxNoise: number;
}

export const DEFAULT_COMPARE: CompareOptions = { threshold: 0.25, maxNoise: 0.25 };

export type TaskVerdict =
  | { readonly kind: 'ok'; readonly name: string; readonly baseline: number; readonly current: number; readonly ratio: number; readonly noise: number }
  | { readonly kind: 'slower'; readonly name: string; readonly baseline: number; readonly current: number; readonly ratio: number; readonly noise: number; readonly limit: number }
  | { readonly kind: 'missing'; readonly name: string; readonly baseline: number }
  | { readonly kind: 'new'; readonly name: string; readonly current: number };

export interface Comparison {
  readonly verdicts: readonly TaskVerdict[];
  /** The tasks that got slower (by name), in baseline order. */
  readonly slower: readonly string[];
  readonly options: CompareOptions;
}

/**
 * Compares reruns of the micro-benchmark (`runs`, one artifact per rerun) with `baseline`, task by task,
 * by ratio of median ops/s. A baseline task absent from every rerun is `missing` (it does not fail the
 * check: a real lexicon may not be imported on this machine); a task only in the reruns is `new`.
 */
export function compareRuns(baseline: MicroBaseline, runs: readonly MicroBaseline[], options: CompareOptions = DEFAULT_COMPARE): Comparison {
  if (runs.length === 0) throw new Error('compareRuns: no reruns to compare; run the micro-benchmark at least once');
  const byName = new Map<string, number[]>();
  for (const run of runs) {
    for (const task of run.tasks) {
      const list = byName.get(task.name) ?? [];
      list.push(task.opsPerSec);
      byName.set(task.name, list);
    }
  }
  const verdicts: TaskVerdict[] = [];
  for (const task of baseline.tasks) {
    const values = byName.get(task.name);
    if (!values) {
      verdicts.push({ kind: 'missing', name: task.name, baseline: task.opsPerSec });
      continue;
    }
    const current = median(values);
    const noise = Math.min(options.maxNoise, (Math.max(...values) - Math.min(...values)) / current);
    const ratio = current / task.opsPerSec;
    const limit = 1 - options.threshold - noise;
    verdicts.push(ratio < limit
      ? { kind: 'slower', name: task.name, baseline: task.opsPerSec, current, ratio, noise, limit }
      : { kind: 'ok', name: task.name, baseline: task.opsPerSec, current, ratio, noise });
  }
  const known = new Set(baseline.tasks.map((t) => t.name));
  for (const [name, values] of byName) {
    if (!known.has(name)) verdicts.push({ kind: 'new', name, current: median(values) });
  }
  return { verdicts, slower: verdicts.filter((v) => v.kind === 'slower').map((v) => v.name), options };
}

/** The comparison as lines for a terminal: one per task, then the verdict. */
export function formatComparison(c: Comparison): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = c.verdicts.map((v) => {
    switch (v.kind) {
      case 'ok': return `ok      ${v.name}: ${v.current.toFixed(1)} ops/s vs ${v.baseline.toFixed(1)} (x${v.ratio.toFixed(3)}, noise ${pct(v.noise)})`;
      case 'slower': return `SLOWER  ${v.name}: ${v.current.toFixed(1)} ops/s vs ${v.baseline.toFixed(1)} (x${v.ratio.toFixed(3)} < limit x${v.limit.toFixed(3)} = 1 - ${pct(c.options.threshold)} threshold - ${pct(v.noise)} noise)`;
      case 'missing': return `missing ${v.name}: in the baseline, not measured now (not a failure)`;
      case 'new': return `new     ${v.name}: ${v.current.toFixed(1)} ops/s, not in the baseline`;
    }
  });
  lines.push(c.slower.length === 0
    ? `check passed: no task slower than the baseline by more than ${pct(c.options.threshold)} beyond its measured noise`
    : `check FAILED: ${c.slower.length} task(s) slower than the baseline by more than ${pct(c.options.threshold)} beyond noise: ${c.slower.join(', ')}`);
  return lines;
}
