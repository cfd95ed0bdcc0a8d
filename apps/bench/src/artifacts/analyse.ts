import type { MachineInfo, Revision } from '../shared/provenance';
import type { LatencySummary } from './latency-summary';

/** `benchmarks/phase4/analyse.json`: analysing one word on a large stored lexicon (`nx run bench:analyse`). */
export interface AnalyseArtifact {
  readonly benchmark: string;
  /** The goal: p99 of `analyseForm` under this many ms. */
  readonly goalMs: number;
  readonly database: string;
  readonly forms: number;
  readonly words: number;
  readonly warmup: number;
  readonly readingsPerWord: number;
  readonly indexesUsed: readonly string[];
  /** One `analyseForm` call, client round trip included. */
  readonly analyseFormMs: LatencySummary;
  /** The same query's execution time on the server (EXPLAIN ANALYZE). */
  readonly explainAnalyzeExecutionMs: LatencySummary;
  /** psql's `\timing` of the same query. */
  readonly psqlTimingMs: LatencySummary;
  /** p99 of {@link analyseFormMs} under {@link goalMs}. */
  readonly withinGoal: boolean;
  /** `os.loadavg()` before and after the timed part (absent in runs before it was kept). */
  readonly loadAverage?: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly machine: MachineInfo;
  readonly revision: Revision;
  readonly date: string;
}
