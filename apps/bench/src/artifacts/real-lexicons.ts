import type { MachineInfo, Revision } from '../machine/machine-info';

/** One expansion run: a tool expanding one lexicon's files to all its forms. */
export interface ExpansionResult {
  readonly lexicon: string;
  /** `paradigm-core`, `lt-expand`, `unmunch`, `hunspell-reader`. */
  readonly tool: string;
  readonly forms: number;
  readonly seconds: number;
  readonly formsPerSec: number;
  /** What exactly was run, so anyone can repeat it. */
  readonly command: string;
}

/** A full worker recompute of a large real lexicon into the database. */
export interface RecomputeResult {
  readonly lexicon: string;
  readonly database: string;
  readonly lexemes: number;
  readonly forms: number;
  readonly seconds: number;
  readonly formsPerSec: number;
  readonly peakRssMB?: number;
  readonly command: string;
}

/** `benchmarks/real-lexicons.json`. */
export interface RealLexiconsArtifact {
  readonly artifact: 'real-lexicons';
  readonly version: 1;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly revision: Revision;
  readonly expansion: readonly ExpansionResult[];
  readonly recompute: readonly RecomputeResult[];
  /** Tools or lexicons that could not be measured here, and why. */
  readonly notes: readonly string[];
}
