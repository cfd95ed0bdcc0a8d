import { DEFAULT_COMPARE, IncomparableRunsError, compareRuns } from '../check/compare-runs';
import { formatLoad, formatNumber, formatTimes } from './format-number';
import { ARTIFACTS } from '../artifacts/artifact-paths';
import type { ReportInputs } from './report-inputs';

/** Where a goal stands in the artifacts. */
export type GoalStatus = 'met' | 'not met' | 'partly met' | 'not comparable' | 'not measured';

/** One goal an artifact records, with what was measured against it, under which load and when. */
export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly target: string;
  readonly status: GoalStatus;
  /** The machine's 1-minute load average during the measurement (it is shared). */
  readonly load: string;
  readonly date: string;
  readonly artifact: string;
}

/** A decision an artifact records (the profile's WASM gate), stated as the artifact states it. */
export interface Decision {
  readonly decision: string;
  readonly reason: string;
  readonly date: string;
  readonly artifact: string;
}

const met = (ok: boolean | undefined): GoalStatus => (ok === undefined ? 'not measured' : ok ? 'met' : 'not met');

function persistGoals(inputs: ReportInputs): Goal[] {
  const p = inputs.persist;
  const g = p?.goal;
  if (!p || !g) return [];
  const load = formatLoad(p.loadAverage?.before, p.loadAverage?.after);
  const out: Goal[] = [];
  if (g.copyReplaceRatioToCeiling !== undefined && g.ratioTarget !== undefined) {
    out.push({
      goal: `copy writer replaces ${formatNumber(p.config.rows)} forms at the server-side ceiling's speed (DELETE + COPY FROM a file)`,
      measured: `${formatNumber(g.copyReplaceRatioToCeiling)} of the ceiling`, target: `≥ ${formatNumber(g.ratioTarget)}`,
      status: met(g.ratioMet ?? g.copyReplaceRatioToCeiling >= g.ratioTarget), load, date: p.date, artifact: ARTIFACTS.persist,
    });
  }
  if (g.peakRssMB !== undefined && g.rssTargetMB !== undefined) {
    out.push({
      goal: `peak RSS writing ${formatNumber(p.config.rows)} forms with copy`, measured: `${formatNumber(g.peakRssMB)} MB`, target: `< ${formatNumber(g.rssTargetMB)} MB`,
      status: met(g.rssMet ?? g.peakRssMB < g.rssTargetMB), load, date: p.date, artifact: ARTIFACTS.persist,
    });
  }
  return out;
}

function analyseGoal(inputs: ReportInputs): Goal[] {
  const a = inputs.analyse;
  if (!a) return [];
  return [{
    goal: `analyse one word on ${formatNumber(a.forms)} stored forms (analyseForm, client round trip included)`,
    measured: `p99 ${formatNumber(a.analyseFormMs.p99)} ms (p50 ${formatNumber(a.analyseFormMs.p50)} ms, ${formatNumber(a.words)} words)`, target: `p99 < ${formatNumber(a.goalMs)} ms`,
    status: met(a.withinGoal), load: formatLoad(a.loadAverage?.before, a.loadAverage?.after), date: a.date, artifact: ARTIFACTS.analyse,
  }];
}

function microGoal(inputs: ReportInputs): Goal[] {
  const base = inputs.micro;
  if (!base) return [];
  const goal = 'micro-benchmark no slower than the committed baseline (geometric mean of the tasks\' calibration-ratio slowdowns)';
  const target = `≤ ${formatTimes(1 + DEFAULT_COMPARE.threshold)}`;
  const latest = inputs.microLatest;
  if (!latest) return [{ goal, measured: 'no check run (nx run bench:check)', target, status: 'not measured', load: 'not recorded', date: base.date, artifact: ARTIFACTS.microLatest }];
  const load = formatLoad(latest.loadAverage?.before, latest.loadAverage?.after);
  try {
    const c = compareRuns(base, latest);
    const alone = c.slower.length ? `; beyond ${formatTimes(1 + DEFAULT_COMPARE.taskThreshold)} alone: ${c.slower.join(', ')}` : '';
    const compared = c.verdicts.filter((v) => v.kind === 'ok' || v.kind === 'slower').length;
    return [{ goal, measured: `${formatTimes(c.suiteSlowdown)} over ${compared} tasks${alone}`, target, status: met(!c.failed), load, date: latest.date, artifact: ARTIFACTS.microLatest }];
  } catch (e) {
    if (!(e instanceof IncomparableRunsError)) throw e;
    return [{ goal, measured: e.message, target, status: 'not comparable', load, date: latest.date, artifact: ARTIFACTS.microLatest }];
  }
}

function runbookGoal(inputs: ReportInputs): Goal[] {
  const w = inputs.workerCeiling;
  const runbook = w?.runbook;
  if (!w || !runbook) return [];
  const sizes = w.sizes.filter((z) => z.secondsFor25000Forms !== undefined);
  if (sizes.length === 0) return [];
  const loads = sizes.map((z) => z.loadAverage?.atStart[0]).filter((l): l is number => l !== undefined);
  return [{
    goal: `worker recompute faster than the runbook's ${formatNumber(runbook.forms)} forms in ${formatNumber(runbook.seconds)} s`,
    measured: sizes.map((z) => `${formatNumber(z.secondsFor25000Forms!)} s at ${formatNumber(z.lexemes)} lexemes x${z.concurrency}`).join('; '),
    target: `≤ ${formatNumber(runbook.seconds)} s per ${formatNumber(runbook.forms)} forms (${formatNumber(runbook.formsPerSecond)} forms/s)`,
    status: sizes.every((z) => z.secondsFor25000Forms! <= runbook.seconds) ? 'met' : sizes.some((z) => z.secondsFor25000Forms! <= runbook.seconds) ? 'partly met' : 'not met',
    load: loads.length ? `load ${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)} at the sizes' starts` : 'not recorded',
    date: w.measuredAt, artifact: ARTIFACTS.workerCeiling,
  }];
}

function realLexiconGoals(inputs: ReportInputs): Goal[] {
  const x = inputs.realLexicons;
  if (!x) return [];
  const pairs = [...new Set(x.comparisons.map((c) => `${c.lexicon}\t${c.tool}`))];
  return pairs.map((pair) => {
    const [lexicon, tool] = pair.split('\t');
    const cs = x.comparisons.filter((c) => c.lexicon === lexicon && c.tool === tool);
    const faster = cs.filter((c) => c.fasterPerForm).length;
    const load = x.expansion.find((e) => e.lexicon === lexicon && e.loadAverage !== undefined)?.loadAverage;
    return {
      goal: `paradigm-core faster per form than ${tool} on ${lexicon}`,
      measured: cs.map((c) => `${c.measure} ${formatTimes(c.perFormRatio)}`).join('; '),
      target: '> x1 per form (our forms/s over theirs)',
      status: faster === cs.length ? 'met' : faster > 0 ? 'partly met' : 'not met',
      load: formatLoad(load ?? x.loadAverage?.before), date: x.date, artifact: ARTIFACTS.realLexicons,
    } satisfies Goal;
  });
}

/** The import job against its ceiling: as fast as unmunch | psql COPY + CREATE INDEX, in bounded memory. */
const IMPORT_JOB_GOAL = { ratio: 1, peakRssMB: 256 } as const;

function importJobGoal(inputs: ReportInputs): Goal[] {
  const x = inputs.realLexicons;
  const j = x?.importJob;
  if (!x || !j) return [];
  const loads = j.samples.map((s) => s.loadAverage);
  const fast = j.ratio >= IMPORT_JOB_GOAL.ratio;
  const small = j.oursPeakRssMB < IMPORT_JOB_GOAL.peakRssMB;
  return [{
    goal: `paradigm import of ${j.lexicon} to indexed forms at least as fast as unmunch | psql COPY + CREATE INDEX, peak RSS under ${IMPORT_JOB_GOAL.peakRssMB} MB`,
    measured: `${formatTimes(j.ratio)} (ceiling s / our s, medians of ${j.pairedRatios.length} alternating rounds; paired ${j.pairedRatios.map(formatTimes).join(', ')}); peak RSS ${formatNumber(j.oursPeakRssMB)} MB`,
    target: `≥ ${formatTimes(IMPORT_JOB_GOAL.ratio)}, < ${IMPORT_JOB_GOAL.peakRssMB} MB`,
    status: fast && small ? 'met' : fast || small ? 'partly met' : 'not met',
    load: `load ${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)} at the samples' starts`, date: x.date, artifact: ARTIFACTS.realLexicons,
  }];
}

/** Every goal the artifacts record, in the report's order: storage, lookup, code speed, worker, real lexicons. */
export function reportGoals(inputs: ReportInputs): Goal[] {
  return [...persistGoals(inputs), ...analyseGoal(inputs), ...microGoal(inputs), ...runbookGoal(inputs), ...realLexiconGoals(inputs), ...importJobGoal(inputs)];
}

/** The decisions the artifacts record. */
export function reportDecisions(inputs: ReportInputs): Decision[] {
  const d = inputs.profile?.decision;
  if (!d) return [];
  return [{ decision: `WASM prototype of the compute path ${d.justified ? 'justified' : 'not justified'}`, reason: d.reason, date: inputs.profile?.date ?? 'not recorded', artifact: ARTIFACTS.profile }];
}
