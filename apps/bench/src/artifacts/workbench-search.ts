/** One client's timings of one prefix in `benchmarks/workbench-search.json` (ms). */
export interface SearchTimes {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Every run's ms, in the order taken (absent in runs before they were kept). */
  readonly values?: readonly number[];
}

/**
 * The workbench's `benchmarks/workbench-search.json`: prefix search through the workbench API against
 * the same SQL in psql, as far as the report reads it.
 */
export interface WorkbenchSearchArtifact {
  readonly benchmark: 'workbench-search';
  readonly database: string;
  readonly forms: number;
  readonly limit: number;
  readonly measuredAt: string;
  readonly loadAverage: readonly number[];
  readonly results: readonly { readonly prefix: string; readonly hits: number; readonly api: SearchTimes; readonly psql: SearchTimes }[];
}
