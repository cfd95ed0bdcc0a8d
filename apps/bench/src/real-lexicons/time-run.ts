import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** What one child process cost: wall seconds, CPU seconds (user + system) and peak resident memory. */
export interface ProcessCost {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
}

/**
 * Runs a child process under `/usr/bin/time` (Debian package `time`) for its wall time, CPU time and peak
 * RSS; throws with its stderr if it fails or exceeds `timeoutMs`. CPU time is reported because the machine
 * is shared: wall time stretches with the load, CPU time much less.
 */
export function timeProcess(cmd: string, args: readonly string[], timeoutMs: number, cwd?: string): ProcessCost {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'bench-cost %M %U %S', cmd, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? `exit ${r.status}`} ${(r.stderr ?? '').slice(0, 500)}`);
  const cost = /bench-cost (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!cost) throw new Error(`/usr/bin/time printed no cost line for ${cmd}: ${r.stderr.slice(-300)}`);
  return { seconds, cpuSeconds: Number(cost[2]) + Number(cost[3]), peakRssMB: Math.round(Number(cost[1]) / 1024) };
}
