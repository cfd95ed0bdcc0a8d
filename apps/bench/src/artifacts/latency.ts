import type { MachineInfo } from '../shared/provenance';
import type { LatencySummary } from './latency-summary';

/** One worker count's run in `benchmarks/phase4/latency.json`. */
export interface LatencyRun {
  readonly workers: number;
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
  /** From the COMMIT of a single-lexeme edit to the commit of its forms. */
  readonly lexemeEditMs: LatencySummary;
  /** From the COMMIT of an edit of a pattern three lexemes use to the commit of their forms. */
  readonly patternEditMs: LatencySummary;
  readonly sustainedEditsPerSecond: number | { readonly formsCommittedPerSecond: number; readonly editsCommittedPerSecond: number };
  readonly workerPeakRssMb: readonly number[];
}

/** `benchmarks/phase4/latency.json`: edit-to-forms latency of `worker run --follow` (`nx run bench:latency`). */
export interface LatencyArtifact {
  readonly measuredAt: string;
  readonly command: string;
  readonly machine: MachineInfo;
  readonly git: { readonly commit: string; readonly dirty: boolean };
  readonly options: Readonly<Record<string, unknown>>;
  readonly note: string;
  readonly runs: readonly LatencyRun[];
  /** Peak resident set of the benchmark process itself (its editors and listener; the workers are in `runs`). */
  readonly benchPeakRssMb?: number;
}
