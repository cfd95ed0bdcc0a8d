import { MAX_LISTED_FAILURES, type RunReport } from './run-report';

/**
 * The report of a `run` that rebuilt every lexeme's forms (`rebuilt`, see `mostOfLexiconQueued`) and then
 * drained what was queued meanwhile (`drained`): one run, its counts summed, its time from the
 * rebuild's start, the drain's settings and phases, the rebuild's milestones.
 */
export function rebuildThenDrainReport(rebuilt: RunReport, drained: RunReport): RunReport {
  return {
    ...drained,
    lexemes: rebuilt.lexemes + drained.lexemes,
    forms: rebuilt.forms + drained.forms,
    batches: rebuilt.batches + drained.batches,
    failed: rebuilt.failed + drained.failed,
    failures: [...rebuilt.failures, ...drained.failures].slice(0, MAX_LISTED_FAILURES),
    patternProblems: drained.patternProblems.length > 0 ? drained.patternProblems : rebuilt.patternProblems,
    elapsedMs: rebuilt.elapsedMs + drained.elapsedMs,
    cpuMs: rebuilt.cpuMs + drained.cpuMs,
    timings: drained.batches > 0 ? drained.timings : rebuilt.timings,
    peakRssMb: Math.max(rebuilt.peakRssMb, drained.peakRssMb),
    interrupted: rebuilt.interrupted || drained.interrupted,
    ...(rebuilt.milestones === undefined ? {} : { milestones: rebuilt.milestones }),
  };
}
