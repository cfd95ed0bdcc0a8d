import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArtifactHistory } from '../artifacts/artifact-history';
import { readJsonArtifact } from '../artifacts/artifact-json';
import { parseMicroBaseline } from '../artifacts/micro-baseline';
import { readWorkerPhases } from '../artifacts/worker-phases';
import type { ReportInputs } from './report-inputs';
import { ARTIFACTS } from '../artifacts/artifact-paths';

/** The artifacts whose committed versions the trend section reads. */
export const TREND_ARTIFACTS = [
  ARTIFACTS.micro, ARTIFACTS.regeneration, ARTIFACTS.regenerationPglite, ARTIFACTS.worker, ARTIFACTS.realLexicons,
  ARTIFACTS.persist, ARTIFACTS.workerCeiling, ARTIFACTS.latency, ARTIFACTS.analyse, ARTIFACTS.workbenchSearch,
] as const;

/** Reads every artifact present under `root`, and their committed versions; absent ones stay undefined. */
export function loadReportInputs(root: string, generatedAt: string): ReportInputs {
  const at = (rel: string) => { const p = join(root, rel); return existsSync(p) ? p : undefined; };
  const json = <T>(rel: string): T | undefined => { const p = at(rel); return p ? (readJsonArtifact(p) as T) : undefined; };
  const micro = at(ARTIFACTS.micro);
  const latest = at(ARTIFACTS.microLatest);
  const worker = at(ARTIFACTS.worker);
  return {
    generatedAt,
    micro: micro ? parseMicroBaseline(readFileSync(micro, 'utf8'), micro) : undefined,
    microLatest: latest ? parseMicroBaseline(readFileSync(latest, 'utf8'), latest) : undefined,
    regeneration: json(ARTIFACTS.regeneration),
    regenerationPglite: json(ARTIFACTS.regenerationPglite),
    worker: worker ? readWorkerPhases(readJsonArtifact(worker), worker) : undefined,
    realLexicons: json(ARTIFACTS.realLexicons),
    profile: json(ARTIFACTS.profile),
    persist: json(ARTIFACTS.persist),
    workerCeiling: json(ARTIFACTS.workerCeiling),
    latency: json(ARTIFACTS.latency),
    analyse: json(ARTIFACTS.analyse),
    workbenchSearch: json(ARTIFACTS.workbenchSearch),
    history: readArtifactHistory(root, TREND_ARTIFACTS),
  };
}
