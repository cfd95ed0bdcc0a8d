import { linkSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The lock file in a PGlite folder: `<pid> <start time>`, naming the process that has it open. */
export const LOCK_FILE = 'paradigm.pid';
/** Held for the instant of replacing a stale lock, so two processes never both replace it. */
const TAKEOVER_FILE = 'paradigm.pid.takeover';

/** Who holds a lock: a pid, and the process's start time when the system tells it (Linux `/proc`). */
interface Holder {
  readonly pid: number;
  readonly start: string | undefined;
}

/**
 * Takes the PGlite folder's lock for this process, or throws naming the holder and the fix.
 *
 * The lock file is never seen half-written: it is written in full under a name of its own, then
 * `link()`ed into place, which fails if the lock already exists (an atomic create-if-absent). A lock
 * that cannot be read or parsed is treated as held. A lock is stale only when its pid is verifiably not
 * running: no such process, or (pid reused) a process with another start time. Replacing a stale lock
 * happens under a second lock file, so of several processes that find the same stale lock exactly one
 * replaces it. Once it holds the lock, a process removes what processes killed on the way left: drafts
 * and takeover files naming a process that is gone. Resolves to whether the lock was a dead process's:
 * then that process ended without closing the database.
 */
export function takeFolderLock(dataDir: string): 'taken' | 'taken-over' {
  let taken: 'taken' | 'taken-over' = 'taken';
  const lockPath = join(dataDir, LOCK_FILE);
  const mine = `${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
  const draft = join(dataDir, `${LOCK_FILE}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(draft, mine, { flag: 'wx' });
  try {
    for (;;) {
      if (linked(draft, lockPath)) break;
      const content = readLock(lockPath);
      if (content === undefined) continue; // released between our link and our read: try again
      const holder = parseHolder(content);
      if (holder === undefined) throw heldError(dataDir, lockPath, 'an unreadable lock file (empty or damaged)');
      if (isRunning(holder)) throw heldError(dataDir, lockPath, `process ${holder.pid}`);
      replaceStaleLock(dataDir, lockPath, content, draft);
      taken = 'taken-over';
      break;
    }
  } finally {
    rmSync(draft, { force: true });
  }
  removeLeftovers(dataDir);
  return taken;
}

/** Removes this process's lock (only if it is still this process's). */
export function releaseFolderLock(dataDir: string): void {
  const lockPath = join(dataDir, LOCK_FILE);
  const holder = parseHolder(readLock(lockPath) ?? '');
  if (holder?.pid === process.pid) rmSync(lockPath, { force: true });
}

/**
 * Replaces the stale lock `staleContent` with `draft` under a takeover file that only one process makes.
 * A takeover file naming a process that is gone was left by a replacer killed while it held it (before
 * or after it removed the stale lock or linked its own): whoever finds it goes on under a takeover file
 * named after that process (`paradigm.pid.takeover.<pid>-<start>`), which again only one process makes,
 * so a killed replacer never blocks the folder and two live ones never both replace the lock.
 */
function replaceStaleLock(dataDir: string, lockPath: string, staleContent: string, draft: string): void {
  let takeoverPath = join(dataDir, TAKEOVER_FILE);
  while (!linked(draft, takeoverPath)) {
    const replacer = parseHolder(readLock(takeoverPath) ?? '');
    if (replacer === undefined || isRunning(replacer)) {
      throw heldError(dataDir, lockPath, `another process replacing the stale lock (${basename(takeoverPath)} exists; delete it if no process is starting on this folder)`);
    }
    takeoverPath = `${takeoverPath}.${replacer.pid}-${replacer.start ?? '-'}`;
  }
  try {
    // Only the holder removes a live lock, and only a takeover holder a stale one: if the content is
    // still the stale one we read, nobody can have replaced it in between.
    if (readLock(lockPath) === staleContent) unlinkSync(lockPath);
    if (linked(draft, lockPath)) return;
    const holder = parseHolder(readLock(lockPath) ?? '');
    throw heldError(dataDir, lockPath, holder ? `process ${holder.pid}` : 'an unreadable lock file (empty or damaged)');
  } finally {
    rmSync(takeoverPath, { force: true });
  }
}

/**
 * Removes the lock drafts and takeover files (`paradigm.pid.*`) that name a process that is gone, left by
 * processes killed while they took or replaced the lock. Run by the lock's holder only: a takeover guards
 * replacing a stale lock, and with a live lock in place no replacer can remove it (its content differs).
 */
function removeLeftovers(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const holder = parseHolder(readLock(join(dataDir, name)) ?? '');
    if (holder !== undefined && !isRunning(holder)) rmSync(join(dataDir, name), { force: true });
  }
}

function heldError(dataDir: string, lockPath: string, holder: string): Error {
  return new Error(
    `The PGlite database in ${dataDir} is open in another process (held by ${holder}, lock file ${lockPath}); PGlite allows one process at a time. ` +
      'Stop that process, or set DATABASE_URL to use PostgreSQL, which allows many; delete the lock file only if no process uses this folder.',
  );
}

/** `link()` creates `target` only if it does not exist: true when it did. */
function linked(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(lockPath: string): string | undefined {
  try {
    return readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return ''; // unreadable: parsed as no holder, so treated as held
  }
}

function parseHolder(content: string): Holder | undefined {
  // A bare pid (no start time) is a holder whose start time is unknown.
  const match = /^(\d+)(?: (\d+|-))?\n?$/.exec(content);
  if (!match) return undefined;
  const pid = Number(match[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return { pid, start: match[2] === undefined || match[2] === '-' ? undefined : match[2] };
}

/** Running, and (where the start time is known on both sides) the same process, not a reuse of its pid. */
function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.start === undefined) return true;
  const start = processStartTime(holder.pid);
  return start === undefined || start === holder.start;
}

/**
 * The process's start time in clock ticks since boot (field 22 of `/proc/<pid>/stat`), which with the
 * pid names one process for the machine's uptime; undefined where `/proc` does not exist.
 */
export function processStartTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}
