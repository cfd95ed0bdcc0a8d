import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The workspace root: the folder holding `pnpm-workspace.yaml` above this file (source or `dist/`), so
 * artifacts land in `benchmarks/` and the benchmark database in `.data/` whatever the current directory
 * (the root, Nx, a project folder). The same marker persistence uses for its own `.data/`, so both
 * name the same folder.
 */
export function findWorkspaceRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No pnpm-workspace.yaml above ${__dirname}: the bench runs inside the Paradigm workspace.`);
  }
}
