/** Per-batch time of one worker phase, as the report draws it. */
export interface PhaseTimes {
  readonly phase: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly totalMs?: number;
}

/** What the report shows of `worker-regeneration-baseline.json` (written by the worker's run-worker.ts). */
export interface WorkerSummary {
  readonly description: string;
  readonly phases: readonly PhaseTimes[];
  /** The run's size and speed, when the artifact records them. */
  readonly lexemes?: number;
  readonly forms?: number;
  readonly formsPerSecond?: number;
  readonly peakRssMb?: number;
  readonly measuredAt?: string;
}

const PHASES = ['fetch', 'compute', 'persist'] as const;

function num(o: Record<string, unknown>, ...keys: string[]): number | undefined {
  for (const k of keys) if (typeof o[k] === 'number') return o[k] as number;
  return undefined;
}

/**
 * Pulls fetch/compute/persist per-batch p50/p95/p99 out of the worker benchmark's artifact. It accepts
 * `phases.<name>` or top-level `<name>` objects with `p50`/`p50Ms` keys, so the report does not break
 * if that artifact gains fields; it throws, naming the file and the missing phase, if one is absent.
 */
export function readWorkerPhases(json: unknown, file: string): WorkerSummary {
  const root = (json ?? {}) as Record<string, unknown>;
  const holder = (root.phases ?? root.phaseTimes ?? root) as Record<string, unknown>;
  const phases = PHASES.map((phase): PhaseTimes => {
    const o = holder[phase] as Record<string, unknown> | undefined;
    const p50 = o && num(o, 'p50Ms', 'p50');
    const p95 = o && num(o, 'p95Ms', 'p95');
    const p99 = o && num(o, 'p99Ms', 'p99');
    if (p50 === undefined || p95 === undefined || p99 === undefined) {
      throw new Error(`${file}: no p50/p95/p99 for phase "${phase}"; regenerate it with \`nx run bench:worker\``);
    }
    return { phase, p50Ms: p50, p95Ms: p95, p99Ms: p99, totalMs: num(o!, 'totalMs', 'total') };
  });
  const config = (root.configuration ?? root.config ?? {}) as Record<string, unknown>;
  const counts = (root.counts ?? {}) as Record<string, unknown>;
  const facts = [
    counts.lexemes !== undefined ? `${counts.lexemes} lexemes, ${counts.forms} forms in ${counts.batches} batches` : '',
    typeof root.formsPerSecond === 'number' ? `${root.formsPerSecond} forms/s end to end` : '',
    typeof root.peakRssMb === 'number' ? `peak RSS ${root.peakRssMb} MB` : '',
    ...['method', 'batchSize', 'concurrency', 'database'].filter((k) => config[k] !== undefined).map((k) => `${k} ${String(config[k])}`),
    typeof root.measuredAt === 'string' ? `measured ${root.measuredAt}` : '',
  ].filter(Boolean);
  return {
    description: facts.join('; '), phases,
    lexemes: num(counts, 'lexemes'), forms: num(counts, 'forms'), formsPerSecond: num(root, 'formsPerSecond'), peakRssMb: num(root, 'peakRssMb'),
    measuredAt: typeof root.measuredAt === 'string' ? root.measuredAt : undefined,
  };
}
