import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMicroBaseline } from '../artifacts/micro-baseline';
import { readWorkerPhases } from '../artifacts/worker-phases';
import type { PersistShares, ProfileShares, ReportInputs, WorkerCeilingShares } from './render-report';

/** Where the artifacts live, relative to the workspace root. */
export const ARTIFACTS = {
  micro: 'benchmarks/phase4/baseline.json',
  microLatest: 'benchmarks/phase4/micro-latest.json',
  regeneration: 'benchmarks/phase4/regeneration-baseline.json',
  worker: 'benchmarks/phase4/worker-regeneration-baseline.json',
  realLexicons: 'benchmarks/real-lexicons.json',
  profile: 'benchmarks/phase4/profile-summary.json',
  persist: 'benchmarks/phase4/persist.json',
  workerCeiling: 'benchmarks/phase4/worker-ceiling.json',
  report: 'benchmarks/phase4/report.html',
} as const;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read it as JSON (${(e as Error).message}); regenerate or delete it`);
  }
}

/** Reads every artifact present under `root`; absent ones stay undefined. */
export function loadReportInputs(root: string, generatedAt: string): ReportInputs {
  const at = (rel: string) => { const p = join(root, rel); return existsSync(p) ? p : undefined; };
  const micro = at(ARTIFACTS.micro);
  const latest = at(ARTIFACTS.microLatest);
  const regen = at(ARTIFACTS.regeneration);
  const worker = at(ARTIFACTS.worker);
  const real = at(ARTIFACTS.realLexicons);
  const profile = at(ARTIFACTS.profile);
  const persist = at(ARTIFACTS.persist);
  const ceiling = at(ARTIFACTS.workerCeiling);
  return {
    generatedAt,
    micro: micro ? parseMicroBaseline(readFileSync(micro, 'utf8'), micro) : undefined,
    microLatest: latest ? parseMicroBaseline(readFileSync(latest, 'utf8'), latest) : undefined,
    regeneration: regen ? (readJson(regen) as ReportInputs['regeneration']) : undefined,
    worker: worker ? readWorkerPhases(readJson(worker), worker) : undefined,
    realLexicons: real ? (readJson(real) as ReportInputs['realLexicons']) : undefined,
    profile: profile ? (readJson(profile) as ProfileShares) : undefined,
    persist: persist ? (readJson(persist) as PersistShares) : undefined,
    workerCeiling: ceiling ? (readJson(ceiling) as WorkerCeilingShares) : undefined,
  };
}
