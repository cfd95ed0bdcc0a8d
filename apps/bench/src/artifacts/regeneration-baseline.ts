import type { MachineInfo, Revision } from '../shared/provenance';

/** One cell of the regeneration matrix: a writer at a batch size and concurrency. */
export interface RegenerationCell {
  readonly writer: 'insert' | 'unnest' | 'copy';
  readonly batchSize: number;
  readonly concurrency: number;
  readonly forms: number;
  readonly seconds: number;
  readonly formsPerSec: number;
  /** formsPerSec divided by the ceiling's formsPerSec, measured in the same run. */
  readonly ratioToCeiling: number;
}

/** The fastest load of the same rows the database offers, measured in the same run as the cells. */
export interface Ceiling {
  /** `server-copy-file` (PostgreSQL `COPY forms FROM '/file'`) or `pglite-copy-blob` (PGlite has no server file access). */
  readonly method: 'server-copy-file' | 'pglite-copy-blob';
  readonly forms: number;
  readonly seconds: number;
  readonly formsPerSec: number;
  readonly note: string;
}

/** `benchmarks/phase4/regeneration-baseline.json`. */
export interface RegenerationBaseline {
  readonly artifact: 'regeneration-matrix';
  readonly version: 1;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly revision: Revision;
  readonly command: string;
  readonly database: { readonly dialect: 'postgres' | 'pglite'; readonly description: string };
  readonly dataset: { readonly lexemes: number; readonly patternsPerLexeme: number; readonly forms: number; readonly seed: number };
  readonly ceiling: Ceiling;
  /** Passes over the matrix; each cell's seconds is the median of its passes. */
  readonly passes: number;
  readonly cells: readonly RegenerationCell[];
  readonly best: RegenerationCell;
}
