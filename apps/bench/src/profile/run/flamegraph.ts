import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `0x` (a dependency of the bench app) on `args` and moves its self-contained flamegraph HTML to
 * `outFile`. 0x profiles with --prof itself, so this is a second, separate run of the program.
 * Returns an error message instead of throwing: the flamegraph is a convenience, the profile is not.
 */
export function flamegraph(args: readonly string[], cwd: string, outFile: string, profilerRoot: string): string | undefined {
  const bin = join(profilerRoot, 'node_modules/.bin/0x');
  if (!existsSync(bin)) return `${bin} not found: run pnpm install`;
  const dir = join(cwd, `.0x-${process.pid}`);
  const run = spawnSync(bin, ['--output-dir', dir, '--', process.execPath, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  try {
    const html = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.html')) : undefined;
    if (!html) return `0x wrote no flamegraph (exit ${run.status}): ${(run.stderr ?? '').slice(-500)}`;
    renameSync(join(dir, html), outFile);
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
