/** One writer's (or the ceiling's) timing in `benchmarks/phase4/persist.json`. */
export interface PersistMeasured {
  readonly medianSeconds: number;
  readonly rowsPerSecond: number;
  readonly ratioToCeiling?: number;
  /** Each round's paired ratio to the ceiling. */
  readonly ratiosPerRound?: readonly number[];
}

/**
 * The persistence package's `benchmarks/phase4/persist.json` (1M forms per writer against the
 * server-side ceiling), as far as the report reads it.
 */
export interface PersistArtifact {
  readonly date: string;
  readonly database: string;
  readonly config: { readonly rows: number; readonly batchLexemes: number; readonly rounds: number; readonly lexemes?: number };
  readonly write: Readonly<Record<string, PersistMeasured>>;
  readonly replace: Readonly<Record<string, PersistMeasured>>;
  readonly memory?: { readonly peakRssMBAfterCopyRuns?: number };
  /** `os.loadavg()` before and after the run. */
  readonly loadAverage?: { readonly before?: readonly number[]; readonly after?: readonly number[] };
  /** The goal the run was measured against: copy's replace ratio to the ceiling and the peak RSS. */
  readonly goal?: {
    readonly copyReplaceRatioToCeiling?: number;
    readonly ratioTarget?: number;
    readonly ratioMet?: boolean;
    readonly peakRssMB?: number;
    readonly rssTargetMB?: number;
    readonly rssMet?: boolean;
  };
}
