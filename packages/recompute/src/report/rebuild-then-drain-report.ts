import { MAX_LISTED_FAILURES, type RunReport } from './run-report';

/**
 * The report of a `run` that rebuilt every lexeme's forms (`rebuilt`, the sum of its rebuilds: see
 * {@link addRebuild}) besides draining the queue (`drained`, whose counters and clock cover the whole
 * run, rebuilds included): the counts summed; the time, memory, settings and phases the drain's; the
 * last rebuild's milestones.
 */
export function rebuildThenDrainReport(rebuilt: RunReport, drained: RunReport): RunReport {
  return {
    ...drained,
    ...summedCounts(rebuilt, drained),
    patternProblems: drained.patternProblems.length > 0 ? drained.patternProblems : rebuilt.patternProblems,
    timings: drained.batches > 0 ? drained.timings : rebuilt.timings,
    peakRssMb: Math.max(rebuilt.peakRssMb, drained.peakRssMb),
    interrupted: rebuilt.interrupted || drained.interrupted,
    ...(rebuilt.milestones === undefined ? {} : { milestones: rebuilt.milestones }),
  };
}

/** Two rebuilds of one `run` as one: the counts and times summed, the later one's settings and milestones. */
export function addRebuild(earlier: RunReport, later: RunReport): RunReport {
  return {
    ...later,
    ...summedCounts(earlier, later),
    elapsedMs: earlier.elapsedMs + later.elapsedMs,
    cpuMs: earlier.cpuMs + later.cpuMs,
    peakRssMb: Math.max(earlier.peakRssMb, later.peakRssMb),
  };
}

function summedCounts(a: RunReport, b: RunReport): Pick<RunReport, 'lexemes' | 'forms' | 'batches' | 'failed' | 'requeued' | 'failures'> {
  return {
    lexemes: a.lexemes + b.lexemes,
    forms: a.forms + b.forms,
    batches: a.batches + b.batches,
    failed: a.failed + b.failed,
    requeued: a.requeued + b.requeued,
    failures: [...a.failures, ...b.failures].slice(0, MAX_LISTED_FAILURES),
  };
}
