// The bench app's pieces, for scripts and tests; the command line is main.ts.
export { main } from './main';
export { compareRuns, formatComparison, DEFAULT_COMPARE, type Comparison, type CompareOptions, type TaskVerdict } from './check/compare-runs';
export { renderReport, reportSections } from './report/render-report';
export type { ReportInputs } from './report/report-inputs';
export { loadReportInputs } from './report/load-report-inputs';
export { ARTIFACTS } from './artifacts/artifact-paths';
export { patternKind } from './micro/pattern-kind';
export type { MicroBaseline, MicroTaskResult, PatternKind } from './artifacts/micro-baseline';
export type { RegenerationBaseline, RegenerationCell, Ceiling } from './artifacts/regeneration-baseline';
export type { RealLexiconsArtifact, ExpansionResult, RecomputeResult } from './artifacts/real-lexicons';
