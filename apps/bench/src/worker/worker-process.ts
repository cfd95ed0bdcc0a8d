import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** How to start the worker CLI as a process: `command` then `args`, then the worker's own arguments. */
export interface WorkerProcess {
  readonly command: string;
  readonly args: readonly string[];
  /** `node apps/worker/dist/main.js` or `tsx apps/worker/src/main.ts`: for artifacts and messages. */
  readonly description: string;
}

/**
 * The worker CLI the benchmarks run, as a separate process (the bench imports no app). `built`: the
 * built JavaScript (`nx run worker:build`), which the timing benchmarks measure; it throws, with the
 * command that builds it, when it is missing. Otherwise the source through tsx, as the runbook's
 * `run-worker.ts` has always run it (its timings are the worker's own, per phase, so start-up is not in them).
 */
export function workerProcess(root: string, built = false): WorkerProcess {
  if (built) {
    const main = join(root, 'apps/worker/dist/main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm nx run worker:build\` first (the benchmark measures the built JS).`);
    return { command: process.execPath, args: [main], description: 'node apps/worker/dist/main.js' };
  }
  return { command: process.execPath, args: ['--import', 'tsx', join(root, 'apps/worker/src/main.ts')], description: 'tsx apps/worker/src/main.ts' };
}
