import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { type Database, withConnection } from '@paradigm/persistence';

/**
 * Where and when a measurement was taken, as every artifact records it: numbers mean nothing without
 * the machine, the revision of the code and how busy the (shared) machine was.
 */

/** The machine a measurement ran on. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  /** `process.version`, e.g. `v20.20.2`. */
  readonly node: string;
  /** `linux-x64`. */
  readonly platform: string;
  readonly totalMemoryMB: number;
}

/** Where in the history a measurement was taken; `dirty` when tracked files outside `benchmarks/` had uncommitted changes. */
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

/**
 * The git revision of the checkout at `root`, or `unknown` outside a git checkout (a tarball, a CI
 * cache). The artifacts under `benchmarks/`, which the runs rewrite, do not make the measured code dirty.
 */
export function gitRevision(root: string): Revision {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)benchmarks').length > 0 };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** The 1-, 5- and 15-minute load averages (`os.loadavg()`), two decimals: how busy the shared machine was. */
export function loadAverage(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

/** The PostgreSQL settings that decide a database benchmark's numbers. */
export const POSTGRES_SETTINGS = ['server_version', 'shared_buffers', 'max_wal_size', 'synchronous_commit', 'autovacuum', 'jit', 'lc_collate'] as const;

/** `SHOW` of each of `names` on a connection of `db` (PostgreSQL or PGlite), as text. */
export async function postgresSettings(db: Database, names: readonly string[] = POSTGRES_SETTINGS): Promise<Record<string, string>> {
  const settings: Record<string, string> = {};
  await withConnection(db, async (conn) => {
    for (const name of names) settings[name] = String(Object.values((await conn.query(`SHOW ${name}`)).rows[0] as object)[0]);
  });
  return settings;
}
