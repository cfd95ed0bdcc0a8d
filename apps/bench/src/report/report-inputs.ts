import type { AnalyseArtifact } from '../artifacts/analyse';
import type { ArtifactHistory } from '../artifacts/artifact-history';
import type { LatencyArtifact } from '../artifacts/latency';
import type { MicroBaseline } from '../artifacts/micro-baseline';
import type { PersistArtifact } from '../artifacts/persist';
import type { ProfileSummary } from '../artifacts/profile-summary';
import type { RealLexiconsArtifact } from '../artifacts/real-lexicons';
import type { RegenerationBaseline } from '../artifacts/regeneration-baseline';
import type { WorkbenchSearchArtifact } from '../artifacts/workbench-search';
import type { WorkerCeilingArtifact } from '../artifacts/worker-ceiling';
import type { WorkerSummary } from '../artifacts/worker-phases';

/** Every artifact the report can draw; an absent one gets a line naming the command that makes it. */
export interface ReportInputs {
  readonly generatedAt: string;
  readonly micro?: MicroBaseline;
  /** The latest rerun by `bench:check`, drawn against {@link ReportInputs.micro}. */
  readonly microLatest?: MicroBaseline;
  readonly regeneration?: RegenerationBaseline;
  /** The same matrix on PGlite. */
  readonly regenerationPglite?: RegenerationBaseline;
  readonly worker?: WorkerSummary;
  readonly realLexicons?: RealLexiconsArtifact;
  readonly profile?: ProfileSummary;
  readonly persist?: PersistArtifact;
  readonly workerCeiling?: WorkerCeilingArtifact;
  readonly latency?: LatencyArtifact;
  readonly analyse?: AnalyseArtifact;
  readonly workbenchSearch?: WorkbenchSearchArtifact;
  /** Earlier committed versions of the artifacts, for the trend across revisions. */
  readonly history: ArtifactHistory;
}
