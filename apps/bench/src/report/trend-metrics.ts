import { ARTIFACTS } from '../artifacts/artifact-paths';

/** The unit a key number is plotted in; one trend chart per unit. */
export type TrendUnit = 'forms/s' | 'ratio to ceiling' | 'ms' | 'peak RSS MB';

/** One key number of one version of an artifact. */
export interface TrendPoint {
  readonly series: string;
  readonly unit: TrendUnit;
  readonly value: number;
}

type Json = Record<string, unknown>;

/** The number at `path` (dot-separated keys) in `json`, if there is one. */
function num(json: unknown, path: string): number | undefined {
  let at: unknown = json;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Json)[key] : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/** The string at `path` in `json`, or `fallback`. */
function str(json: unknown, path: string, fallback: string): string {
  let at: unknown = json;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Json)[key] : undefined;
  return typeof at === 'string' ? at : fallback;
}

function list(json: unknown, key: string): Json[] {
  const v = json && typeof json === 'object' ? (json as Json)[key] : undefined;
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : [];
}

/** `point` if `value` is a number. */
function point(series: string, unit: TrendUnit, value: number | undefined): TrendPoint[] {
  return value === undefined ? [] : [{ series, unit, value }];
}

function regenerationPoints(j: unknown): TrendPoint[] {
  const name = `regeneration best cell (${str(j, 'database.dialect', 'database not recorded')})`;
  return [...point(name, 'forms/s', num(j, 'best.formsPerSec')), ...point(name, 'ratio to ceiling', num(j, 'best.ratioToCeiling'))];
}

/**
 * The key numbers of each artifact, read from any of its versions: a field an older version lacks
 * gives no point (versions change shape; none is rejected).
 */
export const TREND_METRICS: Readonly<Record<string, (json: unknown) => TrendPoint[]>> = {
  [ARTIFACTS.micro]: (j) => {
    const t = list(j, 'tasks').find((x) => x.name === 'generate/all (synthetic)');
    return point('micro generate/all (synthetic), baseline.json', 'forms/s', num(t, 'formsPerSec'));
  },
  [ARTIFACTS.regeneration]: regenerationPoints,
  [ARTIFACTS.regenerationPglite]: regenerationPoints,
  [ARTIFACTS.worker]: (j) => {
    const name = `runbook worker run (${str(j, 'configuration.dialect', 'database not recorded')})`;
    return [...point(name, 'forms/s', num(j, 'formsPerSecond')), ...point(name, 'peak RSS MB', num(j, 'peakRssMb'))];
  },
  [ARTIFACTS.realLexicons]: (j) => [
    ...list(j, 'recompute').flatMap((r) => [...point(`recompute ${String(r.lexicon)}`, 'forms/s', num(r, 'formsPerSec')), ...point(`recompute ${String(r.lexicon)}`, 'peak RSS MB', num(r, 'peakRssMB'))]),
    ...point('import job vs unmunch | psql + index', 'ratio to ceiling', num(j, 'importJob.ratio')),
    ...point('import job vs unmunch | psql + index', 'peak RSS MB', num(j, 'importJob.oursPeakRssMB')),
    ...list(j, 'expansion').filter((e) => e.tool === 'paradigm-core' && e.measure === 'generate').flatMap((e) => point(`paradigm-core generate, ${String(e.lexicon)}`, 'forms/s', num(e, 'formsPerSec'))),
  ],
  [ARTIFACTS.persist]: (j) => [...point('persist: copy replace', 'ratio to ceiling', num(j, 'replace.copy.ratioToCeiling')), ...point('persist: copy runs', 'peak RSS MB', num(j, 'memory.peakRssMBAfterCopyRuns'))],
  [ARTIFACTS.workerCeiling]: (j) => list(j, 'sizes').flatMap((z) => {
    const name = `worker ${Number(z.lexemes).toLocaleString('en-US')} lexemes x${String(z.concurrency)}`;
    return [...point(name, 'forms/s', num(z, 'workerFormsPerSecond')), ...point(name, 'ratio to ceiling', num(z, 'medianPairedRatio')), ...point(name, 'peak RSS MB', num(z, 'workerPeakRssMb'))];
  }),
  [ARTIFACTS.latency]: (j) => list(j, 'runs').flatMap((r) => [
    ...point(`lexeme edit p50, ${String(r.workers)} worker(s)`, 'ms', num(r, 'lexemeEditMs.p50')),
    ...point(`lexeme edit p99, ${String(r.workers)} worker(s)`, 'ms', num(r, 'lexemeEditMs.p99')),
  ]),
  [ARTIFACTS.analyse]: (j) => [...point('analyse p50', 'ms', num(j, 'analyseFormMs.p50')), ...point('analyse p99', 'ms', num(j, 'analyseFormMs.p99'))],
  [ARTIFACTS.workbenchSearch]: (j) => list(j, 'results').flatMap((r) => (r.prefix === 'a' ? point('workbench search "a", API p50', 'ms', num(r, 'api.p50')) : [])),
};
