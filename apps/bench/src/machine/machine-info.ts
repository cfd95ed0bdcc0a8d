import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** Where a measurement was taken: every artifact carries it, since numbers mean nothing without it. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  readonly totalMemoryMB: number;
}

/** Where in the history a measurement was taken; `dirty` when the working tree had uncommitted changes. */
export interface Revision {
  readonly commit: string;
  readonly dirty: boolean;
}

/** Describes this machine. */
export function describeMachine(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    totalMemoryMB: Math.round(totalmem() / 2 ** 20),
  };
}

/** The git revision of `cwd`, or `unknown` outside a git checkout (a tarball, a CI cache). */
export function gitRevision(cwd: string): Revision {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}
