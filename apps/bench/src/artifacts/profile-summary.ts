/** The profiler's `benchmarks/phase4/profile-summary.json`, as far as the report reads it. */
export interface ProfileSummary {
  readonly date?: string;
  readonly command?: string;
  readonly totalTicks: number;
  /** Share of all ticks per category (compute, persist, startup, gc, ...). */
  readonly shares: Readonly<Record<string, number>>;
  /** Whether a WASM prototype is justified: the hottest compute function's share against `threshold`. */
  readonly decision?: { readonly justified: boolean; readonly threshold?: number; readonly reason: string };
}
