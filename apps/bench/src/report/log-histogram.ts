/** Bins of a histogram on a log axis: `edges[i]` to `edges[i + 1]` holds `counts[series][i]` samples. */
export interface LogHistogram {
  readonly edges: readonly number[];
  readonly counts: readonly (readonly number[])[];
}

/**
 * Bins per decade: at 10 each bin is 26 % wider than the one before, fine enough to show a tail's shape
 * at a few hundred samples, coarse enough that a bin of a 200-sample series holds more than one.
 */
export const BINS_PER_DECADE = 10;

/** Edge `k` of the shared grid: 10^(k / BINS_PER_DECADE), rounded to 4 significant digits. */
function edge(k: number): number {
  return Number((10 ** (k / BINS_PER_DECADE)).toPrecision(4));
}

/**
 * One histogram of several series of positive samples on the same log-spaced bins (from the bin of the
 * smallest sample to that of the largest), so series of different sizes and spreads compare bin by bin.
 * Samples <= 0 (a timer's zero) are counted in the first bin.
 */
export function logHistogram(series: readonly (readonly number[])[]): LogHistogram {
  const all = series.flat().filter((v) => v > 0);
  if (all.length === 0) return { edges: [], counts: series.map(() => []) };
  const bin = (v: number) => Math.floor(Math.log10(v) * BINS_PER_DECADE + 1e-9);
  const lo = bin(Math.min(...all));
  const hi = bin(Math.max(...all));
  const edges = Array.from({ length: hi - lo + 2 }, (_, i) => edge(lo + i));
  const counts = series.map((values) => {
    const c = new Array<number>(hi - lo + 1).fill(0);
    for (const v of values) c[v > 0 ? bin(v) - lo : 0]++;
    return c;
  });
  return { edges, counts };
}
