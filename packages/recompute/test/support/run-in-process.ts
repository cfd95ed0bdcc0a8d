import type { Database } from '@paradigm/persistence';
import { type BatchHooks, type RunReport, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../../src';

const COMMON = { method: 'copy', batchSize: 3, batchForms: 50_000, concurrency: 2 } as const;

/** Drains the queue in this process; resolves to the report and the lexeme ids claimed, sorted. */
export async function drain(db: Database, overrides: Partial<WorkerConfig> = {}): Promise<{ report: RunReport; processed: number[] }> {
  const processed: number[] = [];
  const config = { ...COMMON, command: 'run', follow: false, pollMs: 50, retryFailed: false, ...overrides } as WorkerConfig;
  const report = await runWorker(db, config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, onBatch: (ids) => processed.push(...ids) });
  return { report, processed: processed.sort((a, b) => a - b) };
}

/** The selection of `recompute --all --shared`: a rebuild several processes share by ranges. */
export const SHARED = { kind: 'all', shared: true } as const;

/** A full recompute of every lexeme in this process (`hooks` run at each batch's points). */
export function recomputeAll(db: Database, overrides: Partial<WorkerConfig> & { hooks?: BatchHooks } = {}): Promise<RunReport> {
  const { hooks, ...rest } = overrides;
  const config = { ...COMMON, command: 'recompute', selection: { kind: 'all' }, ...rest } as WorkerConfig;
  return runWorker(db, config, { progress: SILENT_PROGRESS, signal: new AbortController().signal, ...(hooks ? { hooks } : {}) });
}
