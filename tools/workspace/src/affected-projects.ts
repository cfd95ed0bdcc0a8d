import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The projects Nx selects for a change to `files` (paths relative to the workspace root): the projects
 * owning them plus every project that depends on those, by the project graph; a shared input (the root
 * tsconfig or jest presets, nx.json's `sharedGlobals`) selects every project. This is the selection
 * `nx affected` and `.ci/run` make from NX_BASE..NX_HEAD; here the files are given, so the answer does
 * not depend on the git state. Sorted by name.
 */
export function affectedProjects(workspaceRoot: string, files: readonly string[]): string[] {
  // The Nx variables of an enclosing `nx run` (task ids, the parent's base/head) would change the answer.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NX_')));
  const nx = join(workspaceRoot, 'node_modules/.bin/nx');
  const args = ['show', 'projects', '--affected', `--files=${files.join(',')}`, '--json'];
  const run = spawnSync(nx, args, { cwd: workspaceRoot, encoding: 'utf8', env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  if (run.status !== 0) throw new Error(`nx ${args.join(' ')} exited ${run.status}: ${run.stderr || run.error?.message}`);
  const projects = JSON.parse(run.stdout) as string[];
  return [...projects].sort();
}
