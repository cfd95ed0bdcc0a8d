import type { MachineInfo, Revision } from '../shared/provenance';

/**
 * What an expansion run covers. `generate`: forms into a counting sink (imported and compiled once);
 * `generate+format`: the oracle's text in memory; `whole-job-in-process`: read + import + compile +
 * expand + write the file in the bench process; `whole-job-process`: the same as a fresh process
 * writing a file (how the reference tools are always run, start-up included).
 */
export type ExpansionMeasure = 'generate' | 'generate+format' | 'whole-job-in-process' | 'whole-job-process';

/** One expansion run: a tool expanding one lexicon's files to all its forms. */
export interface ExpansionResult {
  readonly lexicon: string;
  /** `paradigm-core`, `lt-expand`, `unmunch`, `hunspell-reader`. */
  readonly tool: string;
  readonly measure: ExpansionMeasure;
  /** Forms (lines, words) the run produced. */
  readonly forms: number;
  /** Median wall seconds. */
  readonly seconds: number;
  /** Every timed run's wall seconds, in round order. */
  readonly samples: readonly number[];
  readonly formsPerSec: number;
  /** A process run (`whole-job-process`): median CPU seconds (user + system), under `/usr/bin/time`. */
  readonly cpuSeconds?: number;
  /** A process run: the highest peak resident memory of its runs, MB. */
  readonly peakRssMB?: number;
  /** `/proc/loadavg`'s 1-minute figure when this lexicon's runs ended (the machine is shared). */
  readonly loadAverage?: number;
  /** What exactly was run, so anyone can repeat it. */
  readonly command: string;
}

/** `node -e 0` as a process: the start-up every `lexicon expand` run pays before its own work. */
export interface NodeStartup {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
  readonly samples: readonly number[];
  readonly loadAverage: number;
  readonly command: string;
}

/** paradigm-core's measure against a reference tool on the same lexicon, same run. */
export interface ExpansionComparison {
  readonly lexicon: string;
  readonly measure: ExpansionMeasure;
  readonly tool: string;
  /** Tool seconds / our seconds for the whole lexicon (> 1: paradigm-core is faster on the same input). */
  readonly timeRatio: number;
  /** Tool CPU seconds / our CPU seconds, for two process runs (less stretched by a shared machine). */
  readonly cpuTimeRatio?: number;
  /** Our forms/s / the tool's forms/s, each counting its own output lines (> 1: faster per form). */
  readonly perFormRatio: number;
  readonly fasterPerForm: boolean;
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

/** One timed sample of one side of {@link ImportJobComparison}. */
export interface ImportJobSample {
  /** `ours` (`paradigm import`) or `ceiling` (unmunch | psql COPY, then CREATE INDEX). */
  readonly side: 'ours' | 'ceiling';
  /** Which of the two ran first in this round (the order alternates). */
  readonly round: number;
  readonly seconds: number;
  /** User + system CPU of the client processes (ours: the one node process; ceiling: unmunch and both psql). */
  readonly cpuSeconds: number;
  /** CPU of the local PostgreSQL server's processes meanwhile (undefined when it is not on this machine). */
  readonly serverCpuSeconds?: number;
  /** Peak resident memory of the client process, MB (ceiling: the largest of its processes). */
  readonly peakRssMB: number;
  /** Rows in the table afterwards (ours: forms; ceiling: t). */
  readonly rows: number;
  /** `/proc/loadavg`'s 1-minute figure when the sample started. */
  readonly loadAverage: number;
}

/**
 * `paradigm import` of a Hunspell dictionary to indexed forms in PostgreSQL (the built program, one
 * process: parse, COPY the lexicon, compute and COPY every form, build the indexes, swap) against the
 * fastest way to put the same dictionary's words into an indexed table with the reference tools:
 * `unmunch DIC AFF | psql -c "COPY t(form) FROM STDIN"` into a new unindexed table, then
 * `CREATE INDEX ON t(form)`. Side by side in one run, alternating which goes first.
 */
export interface ImportJobComparison {
  readonly lexicon: string;
  readonly database: string;
  readonly samples: readonly ImportJobSample[];
  /** Median wall seconds of each side. */
  readonly oursSeconds: number;
  readonly ceilingSeconds: number;
  /** Ceiling seconds / our seconds, medians (> 1: ours is faster). */
  readonly ratio: number;
  /** The same per round (each round runs both sides back to back). */
  readonly pairedRatios: readonly number[];
  /** Highest peak RSS of our process over the samples, MB. */
  readonly oursPeakRssMB: number;
  readonly oursForms: number;
  readonly ceilingRows: number;
  /** `uptime` before and after the comparison. */
  readonly uptime: { readonly before: string; readonly after: string };
  readonly commands: { readonly ours: string; readonly ceiling: string };
}

/** `benchmarks/real-lexicons.json`. */
export interface RealLexiconsArtifact {
  readonly artifact: 'real-lexicons';
  readonly version: 2;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly revision: Revision;
  /** `/proc/loadavg`'s 1-minute figure before and after the run (the machine is shared). */
  readonly loadAverage?: { readonly before: number; readonly after: number };
  /** Node's start-up alone, measured in the same run. */
  readonly nodeStartup?: NodeStartup;
  readonly expansion: readonly ExpansionResult[];
  readonly comparisons: readonly ExpansionComparison[];
  readonly recompute: readonly RecomputeResult[];
  /** `paradigm import` against unmunch | psql COPY + CREATE INDEX (absent in runs before it was measured). */
  readonly importJob?: ImportJobComparison;
  /** Tools or lexicons that could not be measured here, and why. */
  readonly notes: readonly string[];
}

/** Every paradigm-core measure against every reference tool run on the same lexicon. */
export function compareExpansions(results: readonly ExpansionResult[]): ExpansionComparison[] {
  const out: ExpansionComparison[] = [];
  for (const ours of results.filter((r) => r.tool === 'paradigm-core')) {
    for (const tool of results.filter((r) => r.lexicon === ours.lexicon && r.tool !== 'paradigm-core')) {
      const perFormRatio = round3(ours.formsPerSec / tool.formsPerSec);
      const cpu = ours.cpuSeconds !== undefined && tool.cpuSeconds !== undefined && ours.cpuSeconds > 0 ? { cpuTimeRatio: round3(tool.cpuSeconds / ours.cpuSeconds) } : {};
      out.push({ lexicon: ours.lexicon, measure: ours.measure, tool: tool.tool, timeRatio: round3(tool.seconds / ours.seconds), ...cpu, perFormRatio, fasterPerForm: perFormRatio > 1 });
    }
  }
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
