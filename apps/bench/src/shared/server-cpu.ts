import { readdirSync, readFileSync } from 'node:fs';

/** What `/proc/<pid>/stat` says of one process. */
interface ProcStat {
  readonly command: string;
  readonly ppid: number;
  /** User + system CPU of the process itself, ms. */
  readonly ownCpuMs: number;
  /** User + system CPU of its children that exited and were waited for, ms. */
  readonly reapedCpuMs: number;
}

/** `/proc/<pid>/stat` (Linux, clock ticks of 10 ms), or undefined if the process is gone or this is not Linux. */
function procStat(pid: number): ProcStat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const close = stat.lastIndexOf(') ');
  const fields = stat.slice(close + 2).split(' ');
  return {
    command: stat.slice(stat.indexOf('(') + 1, close),
    ppid: Number(fields[1]),
    ownCpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
    reapedCpuMs: (Number(fields[13]) + Number(fields[14])) * 10,
  };
}

/** User + system CPU of a local process, ms (undefined if unreadable: gone, or the server is elsewhere). */
export function processCpuMs(pid: number): number | undefined {
  return procStat(pid)?.ownCpuMs;
}

/**
 * CPU of the whole local PostgreSQL server so far: every live `postgres` process (backends, WAL writer,
 * checkpointer, ...) plus what the postmaster has collected from children that exited (a worker's
 * connections close before it is read). Undefined when the server is not on this machine.
 */
export function serverTotalCpuMs(): number | undefined {
  const processes = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry)); // undefined if it exited meanwhile
    if (stat?.command === 'postgres') processes.set(Number(entry), stat);
  }
  if (processes.size === 0) return undefined;
  let ms = 0;
  // The postmaster (the one postgres process whose parent is not postgres) has collected its exited children.
  for (const p of processes.values()) ms += p.ownCpuMs + (processes.has(p.ppid) ? 0 : p.reapedCpuMs);
  return ms;
}
