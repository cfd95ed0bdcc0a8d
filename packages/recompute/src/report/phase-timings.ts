/** The three phases of a batch: reading lexemes, generating forms, replacing them in the database. */
export type Phase = 'fetch' | 'compute' | 'persist';

/** Milliseconds per batch in one phase, summarised. */
export interface PhaseSummary {
  readonly batches: number;
  readonly totalMs: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Collects per-batch durations of each phase. Phases overlap, so their totals add up to more than the wall time. */
export class PhaseTimings {
  private readonly samples: Record<Phase, number[]> = { fetch: [], compute: [], persist: [] };

  record(phase: Phase, ms: number): void {
    this.samples[phase].push(ms);
  }

  summary(): Record<Phase, PhaseSummary> {
    return {
      fetch: summarise(this.samples.fetch),
      compute: summarise(this.samples.compute),
      persist: summarise(this.samples.persist),
    };
  }
}

function summarise(samples: readonly number[]): PhaseSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    batches: sorted.length,
    totalMs: round(total),
    meanMs: round(sorted.length ? total / sorted.length : 0),
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** Nearest-rank percentile of ascending `sorted` (0 when empty). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
