import type { MachineInfo, Revision } from '../shared/provenance';

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
  /** Throughput at the median timed block (wall clock: it moves with the machine's load). */
  readonly opsPerSec: number;
  /**
   * The task's cost in calibration operations: the median over the rounds of its time per operation
   * divided by the calibration task's, timed just before and after it. What `bench:check` compares;
   * absent in artifacts older than the calibrated measurement.
   */
  readonly ratio?: number;
  /** Interquartile range of the rounds' ratios relative to {@link ratio}. */
  readonly ratioSpread?: number;
  /**
   * Every round's calibration ratio, in order (four significant digits): the noise band around
   * {@link ratio}. Absent in artifacts written before the rounds were kept.
   */
  readonly roundRatios?: readonly number[];
  /** Every round's ops/s (wall clock), in order, like {@link roundRatios}. */
  readonly roundOpsPerSec?: readonly number[];
  /** Forms produced per second at the median, for generate tasks. */
  readonly formsPerSec?: number;
  /** Relative margin of error of the mean latency, percent (95 %). */
  readonly rmePercent: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

/**
 * What makes two micro-benchmark runs comparable: `bench:check` refuses to compare runs whose settings
 * differ in any of these, naming the field. The machine's speed and load are not among them (the
 * calibration ratio cancels them); its Node version is (another V8 compiles the code differently).
 */
export interface MicroSettings {
  readonly calibrationVersion: number;
  readonly rounds: number;
  readonly blockMs: number;
  readonly syntheticLexemes: number;
  readonly lexemesPerTask: number;
  /** Each dataset's name and description (sizes, seed or files). */
  readonly datasets: readonly string[];
  readonly node: string;
}

/** The 1-, 5- and 15-minute load averages (`os.loadavg()`), before and after the run. */
export interface LoadAverage {
  readonly before: readonly number[];
  readonly after: readonly number[];
}

/** `benchmarks/phase4/baseline.json` and `micro-latest.json`. */
export interface MicroBaseline {
  readonly artifact: 'micro-benchmark';
  /** 2: tasks carry calibration ratios and the run its {@link MicroSettings}; 1: ops/s only. */
  readonly version: 1 | 2;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly revision: Revision;
  readonly command: string;
  /** Version 1's free-form settings. */
  readonly config?: Readonly<Record<string, string | number | boolean>>;
  readonly settings?: MicroSettings;
  readonly loadAverage?: LoadAverage;
  /** Set when the run did this many times the work per operation on purpose (an injected slowdown). */
  readonly workFactor?: number;
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
