import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The workspace root (the folder holding `nx.json`) above `from`, so artifacts land in
 * `benchmarks/phase4/` whether a command runs from the root, from Nx, or from a project folder.
 */
export function findWorkspaceRoot(from: string = process.cwd()): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No nx.json above ${from}: run this from inside the Paradigm workspace.`);
    dir = parent;
  }
}
