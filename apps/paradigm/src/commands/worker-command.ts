import { resolve } from 'node:path';

/** The worker command that drains the recompute queue (run from the workspace root). */
export const RUN_WORKER = 'pnpm exec tsx apps/worker/src/main.ts run';

/** The worker command that recomputes every lexeme, after an import. */
export const RECOMPUTE_ALL = 'pnpm exec tsx apps/worker/src/main.ts recompute --all';

/** `command`, told to use the same embedded database as this command when one was chosen. */
export function onSameDatabase(command: string, dataDir: string | undefined): string {
  return dataDir ? `PARADIGM_DATA_DIR=${JSON.stringify(resolve(dataDir))} ${command}` : command;
}
