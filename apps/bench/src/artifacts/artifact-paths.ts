/** Where the artifacts live, relative to the workspace root. */
export const ARTIFACTS = {
  micro: 'benchmarks/phase4/baseline.json',
  microLatest: 'benchmarks/phase4/micro-latest.json',
  regeneration: 'benchmarks/phase4/regeneration-baseline.json',
  regenerationPglite: 'benchmarks/phase4/regeneration-baseline-pglite.json',
  worker: 'benchmarks/phase4/worker-regeneration-baseline.json',
  realLexicons: 'benchmarks/real-lexicons.json',
  profile: 'benchmarks/phase4/profile-summary.json',
  persist: 'benchmarks/phase4/persist.json',
  workerCeiling: 'benchmarks/phase4/worker-ceiling.json',
  latency: 'benchmarks/phase4/latency.json',
  analyse: 'benchmarks/phase4/analyse.json',
  workbenchSearch: 'benchmarks/workbench-search.json',
  report: 'benchmarks/phase4/report.html',
} as const;
