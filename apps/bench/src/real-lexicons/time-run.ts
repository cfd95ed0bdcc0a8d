import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Wall seconds of a child process; throws with its stderr if it fails or exceeds `timeoutMs`. */
export function timeCommand(cmd: string, args: readonly string[], timeoutMs: number, cwd?: string): number {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? `exit ${r.status}`} ${(r.stderr ?? '').slice(0, 500)}`);
  return seconds;
}
