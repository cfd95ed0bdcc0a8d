/**
 * The statistics every benchmark reports, with one definition each.
 *
 * Quantiles (and so percentiles and the median) interpolate linearly between the two closest ranks:
 * the `q`-quantile of n ascending values is at position (n - 1) * q, between the values either side
 * (Hyndman and Fan's type 7, the default of numpy, R and tinybench). So the median of an even count is
 * the mean of the two middle values, and p99 of 100 samples lies between the 99th and 100th.
 */

/** The `q`-quantile (0..1) of ascending `sorted` values (NaN when empty); see the module comment. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Ascending copy of `values`. */
export function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The median of unsorted `values`: the middle one, or the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  return quantile(ascending(values), 0.5);
}

/** Latency summary of a set of samples (same unit in and out). */
export interface Percentiles {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly samples: number;
}

/** Mean and p50/p95/p99 of unsorted `values`. */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = ascending(values);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { mean, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), samples: sorted.length };
}

/** `x` rounded to `decimals` decimal places. */
export function round(x: number, decimals: number): number {
  return Math.round(x * 10 ** decimals) / 10 ** decimals;
}
