import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding `pnpm-workspace.yaml`, found from this file's location (source or `dist/`), so
 * `.data/` and `.env` resolve the same whatever the current directory is. Falls back to the current
 * directory when the package runs outside the workspace.
 */
export function workspaceRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
