/** One size of the worker app's `benchmarks/phase4/worker-ceiling.json`. */
export interface WorkerCeilingSize {
  readonly lexemes: number;
  readonly forms: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly reps: number;
  readonly workerFormsPerSecond: number;
  /** DELETE + COPY per page, the same pages and connections as the worker. */
  readonly ceilingFormsPerSecond: number;
  readonly medianPairedRatio: number;
  readonly workerPeakRssMb?: number;
  /** The bulk ceiling (new table + COPY FREEZE + index builds + swap), in sizes measured since it exists. */
  readonly bulkCeilingFormsPerSecond?: number;
  readonly bulkMedianPairedRatio?: number;
  /** The runbook's 25,000 forms at this size's forms/s, and how many times faster than the runbook's 1.6 s. */
  readonly secondsFor25000Forms?: number;
  readonly speedupOverRunbook?: number;
  readonly loadAverage?: { readonly atStart: readonly number[]; readonly atEnd?: readonly number[] };
}

/** The worker app's `benchmarks/phase4/worker-ceiling.json`, as far as the report reads it. */
export interface WorkerCeilingArtifact {
  readonly measuredAt: string;
  readonly loadAverageAtEnd?: readonly number[];
  /** The runbook's figure the worker is held against: `forms` in `seconds`. */
  readonly runbook?: { readonly forms: number; readonly seconds: number; readonly formsPerSecond: number };
  readonly sizes: readonly WorkerCeilingSize[];
}
