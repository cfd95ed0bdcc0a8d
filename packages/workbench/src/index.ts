export { startWorkbench, type Workbench } from './server/start-workbench';
export type { WorkbenchContext } from './routes/workbench-context';
export {
  resolveOptions,
  assertRecomputeFits,
  isLoopback,
  WorkbenchConfigError,
  WORKBENCH_DEFAULTS,
  TOKEN_VARIABLE,
  type WorkbenchOptions,
  type WorkbenchLimits,
  type InternalErrorListener,
  type RecomputeMode,
  type ResolvedOptions,
} from './config/workbench-options';
export { WorkbenchEvents, type WorkbenchEvent, type WorkbenchEventMap, type QueueDepth, type ImportProgress } from './events/workbench-events';
