import type { MachineInfo, Revision } from '../machine/machine-info';

/** The pattern kinds docs/patterns.md defines; `mixed` is a whole dataset's pattern set. */
export type PatternKind = 'template' | 'affix' | 'ablaut' | 'reduplication' | 'continuation' | 'mixed';

/** One micro-benchmark task's result. Latencies are per operation, in milliseconds. */
export interface MicroTaskResult {
  /** Unique and stable across runs: the regression check matches tasks by it. */
  readonly name: string;
  readonly phase: 'compile' | 'generate';
  readonly kind: PatternKind;
  /** `synthetic` or the real lexicon's name (`apertium-urd`, `hunspell-en_US`). */
  readonly dataset: string;
  /** What one operation does, e.g. `generate 200 lexemes x 1 pattern`. */
  readonly operation: string;
  /** Median throughput (tinybench's throughput p50). */
  readonly opsPerSec: number;
  /** Forms produced per second at the median, for generate tasks. */
  readonly formsPerSec?: number;
  /** Relative margin of error of the mean, percent (tinybench's rme). */
  readonly rmePercent: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

/** `benchmarks/phase4/baseline.json`. */
export interface MicroBaseline {
  readonly artifact: 'micro-benchmark';
  readonly version: 1;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly revision: Revision;
  readonly command: string;
  /** tinybench settings and dataset parameters, so a rerun can match them. */
  readonly config: Readonly<Record<string, string | number | boolean>>;
  readonly tasks: readonly MicroTaskResult[];
}

/** Reads and checks the shape of a micro-benchmark artifact, naming the file on failure. */
export function parseMicroBaseline(text: string, file: string): MicroBaseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message}); regenerate it with \`nx run bench:bench\``);
  }
  const b = data as Partial<MicroBaseline>;
  if (b.artifact !== 'micro-benchmark' || !Array.isArray(b.tasks)) {
    throw new Error(`${file}: not a micro-benchmark artifact (expected "artifact": "micro-benchmark" and a "tasks" array); regenerate it with \`nx run bench:bench\``);
  }
  b.tasks.forEach((t, i) => {
    if (typeof t?.name !== 'string' || !(typeof t.opsPerSec === 'number' && t.opsPerSec > 0)) {
      throw new Error(`${file}: tasks[${i}] needs a "name" and a positive "opsPerSec"`);
    }
  });
  return b as MicroBaseline;
}
