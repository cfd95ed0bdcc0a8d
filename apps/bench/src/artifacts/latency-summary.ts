import type { Percentiles } from '../shared/statistics';
import { significant } from './artifact-json';

/**
 * One latency as the bench's artifacts keep it: mean and p50/p95/p99 (ms) of `samples` measurements,
 * and, in artifacts written since they are kept, every measurement (`values`, ms, in the order taken,
 * four significant digits) so the report can draw their histogram.
 */
export interface LatencySummary {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly samples: number;
  readonly values?: readonly number[];
}

/** `p` with its figures rounded to `decimals`, and every sample of `values` kept. */
export function latencySummary(p: Percentiles, values: readonly number[], decimals: number): LatencySummary {
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  return { mean: round(p.mean), p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), samples: p.samples, values: values.map((v) => significant(v)) };
}
