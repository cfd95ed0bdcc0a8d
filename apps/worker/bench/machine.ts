import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** Where a benchmark ran: enough to tell whether two artifacts are comparable. */
export function machineInfo() {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** The checked-out commit and whether the tree had uncommitted changes. */
export function gitRevision(cwd: string) {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  try {
    // Artifacts under benchmarks/ (which these runs rewrite) do not make the measured code dirty.
    return { revision: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)benchmarks').length > 0 };
  } catch {
    return { revision: 'unknown', dirty: false };
  }
}
