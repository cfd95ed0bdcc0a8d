import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PooledConnection } from '../connection';
import { errnoCode, fileSystemProblem } from '../../files/file-system-problem';
import { FolderError, makeFolder } from '../../files/make-folder';
import { Mutex } from '../mutex';
import { prepareDataFolder } from './create-data-folder';
import { LOCK_FILE, releaseFolderLock, takeFolderLock } from './folder-lock';
import { loadPglite } from './node-require';
import { type LiveRelationFiles, liveRelationFiles, orphanedRelationFiles, removeOrphanedRelationFiles } from './orphaned-files';
import { PgliteConnection } from './pglite-connection';
import { unreadableFolderError } from './unreadable-folder';

/** One open PGlite data folder, shared by every {@link Database} handle this process opens on it. */
export interface PgliteInstance {
  readonly dataDir: string;
  acquire(): Promise<PooledConnection>;
  /** Drops one reference; the last one closes PGlite and removes the folder's lock file. */
  close(): Promise<void>;
}

interface Entry {
  opening: Promise<{ pg: PGlite; mutex: Mutex }>;
  references: number;
}

// PGlite is one single-user backend: two instances on one folder corrupt it. Within a process every
// openDatabase() on a folder shares one instance through this registry; across processes a lock file
// holding the owner's pid refuses the second opener.
const registry = new Map<string, Entry>();

/** Opens (or joins) the PGlite database in `dataDir`, creating the folder if needed. */
export async function openPgliteInstance(dataDir: string): Promise<PgliteInstance> {
  const key = resolve(dataDir);
  let entry = registry.get(key);
  if (!entry) {
    entry = { opening: start(key), references: 0 };
    registry.set(key, entry);
    entry.opening.catch(() => registry.delete(key));
  }
  entry.references += 1;
  const { pg, mutex } = await entry.opening;
  let closed = false;
  const owner = entry;
  return {
    dataDir: key,
    async acquire() {
      if (closed) throw new Error(`PGlite database ${key} is closed`);
      const unlock = await mutex.lock();
      return new PgliteConnection(pg, unlock);
    },
    async close() {
      if (closed) return;
      closed = true;
      owner.references -= 1;
      if (owner.references > 0) return;
      registry.delete(key);
      // Wait for whoever holds the connection to finish before closing under them.
      const unlock = await mutex.lock();
      try {
        await pg.close();
      } finally {
        unlock();
        releaseFolderLock(key);
      }
    },
  };
}

/**
 * PGlite's shared buffers. They live inside the process's WebAssembly memory, so PGlite's default,
 * 128 MB, made the embedded database alone about 280 MB of the worker's RSS. Measured on the 5,000-lexeme
 * seed database (`worker recompute --all`, two runs each): peak RSS 361-375 MB at 128 MB, 274-275 MB at
 * 32 MB, 238-247 MB at 16 MB, in 1.05-1.17 s, 0.97-1.17 s and 1.20-1.26 s. PGlite opened alone takes
 * about 170 MB whatever this is (its WebAssembly memory starts at 128 MB). Its files still go through
 * the operating system's page cache.
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

async function start(dataDir: string): Promise<{ pg: PGlite; mutex: Mutex }> {
  refuseUnusableFolder(dataDir);
  try {
    makeFolder(dataDir);
  } catch (error) {
    throw error instanceof FolderError ? new Error(`Cannot open the PGlite database in ${dataDir}: ${error.message}.`, { cause: error }) : error;
  }
  let lock: 'taken' | 'taken-over';
  try {
    lock = takeFolderLock(dataDir);
  } catch (error) {
    throw lockFileError(dataDir, error);
  }
  const postgresqlconf = `shared_buffers=${PGLITE_SHARED_BUFFERS}`;
  try {
    await prepareDataFolder(dataDir, postgresqlconf);
  } catch (error) {
    releaseFolderLock(dataDir);
    throw error;
  }
  try {
    const create = () => loadPglite().create({ dataDir, postgresqlconf });
    const pg = await create();
    return { pg: lock === 'taken-over' ? await withoutOrphanedFiles(pg, dataDir, create) : pg, mutex: new Mutex() };
  } catch (error) {
    releaseFolderLock(dataDir);
    const free = freeBytes(dataDir);
    // PGlite says only "failed to initialize properly"; a full disk is the likely cause when it is full, and the folder is not damaged then.
    if (free !== undefined && free < LOW_FREE_BYTES) {
      throw new Error(`Cannot open the PGlite database in ${dataDir}: ${(error as Error).message}; the disk that holds it has ${Math.floor(free / 1024)} KB free. Free space on it, then run the command again.`, { cause: error });
    }
    throw unreadableFolderError(dataDir, error);
  }
}

/**
 * After a process died with the folder open (its lock was stale): when the folder holds relation files
 * no relation owns, closes `pg`, removes them (see `removeOrphanedRelationFiles`) and opens PGlite again;
 * otherwise keeps `pg` as it is. A failure to read what is live leaves `pg` open too: the files only take
 * space.
 */
async function withoutOrphanedFiles(pg: PGlite, dataDir: string, create: () => Promise<PGlite>): Promise<PGlite> {
  let live: LiveRelationFiles;
  try {
    live = await liveRelationFiles(pg, dataDir);
    if (orphanedRelationFiles(live).length === 0) return pg;
  } catch {
    return pg;
  }
  await pg.close();
  removeOrphanedRelationFiles(live);
  return create();
}

/**
 * The lock file could not be written: a full disk, a read-only file system, no permission. Errors of
 * the lock's own (held by another process) pass through.
 */
function lockFileError(dataDir: string, error: unknown): unknown {
  if (errnoCode(error) === undefined) return error;
  return new Error(`Cannot open the PGlite database in ${dataDir}: cannot write its lock file ${join(dataDir, LOCK_FILE)}: ${fileSystemProblem(error)}.`, { cause: error });
}

/** Below this much free space on its disk, PGlite cannot start (it writes its WAL and temporary files on open). */
const LOW_FREE_BYTES = 16 * 1024 * 1024;

function freeBytes(dataDir: string): number | undefined {
  try {
    const { bavail, bsize } = statfsSync(dataDir);
    return bavail * bsize;
  } catch {
    return undefined;
  }
}

/**
 * Refuses, naming the fix, a `dataDir` that is a file, or a folder without its owner's write permission:
 * PGlite writes into its folder even to read, and checks the permission bits itself (as root too), so it
 * failed with "failed to initialize properly" and the advice to delete a folder that is not damaged.
 */
function refuseUnusableFolder(dataDir: string): void {
  let stats;
  try {
    stats = statSync(dataDir);
  } catch {
    return; // made below, or the error of making it says why not
  }
  if (!stats.isDirectory()) {
    throw new Error(`Cannot open the PGlite database in ${dataDir}: it is a file, not a folder. Give a folder for the database (a new or empty one gets a new database).`);
  }
  let denied: unknown;
  try {
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    denied = error;
  }
  // Write permission cannot help on a read-only file system, so it is named before the mode.
  if (errnoCode(denied) === 'EROFS') {
    throw new Error(
      `Cannot open the PGlite database in ${dataDir}: the file system it is on is mounted read-only, and PGlite writes into its folder even to read. ` +
        'Remount it read-write, or copy the folder to a file system you can write to.',
    );
  }
  if (denied !== undefined || (stats.mode & 0o200) === 0) {
    throw new Error(
      `Cannot open the PGlite database in ${dataDir}: the folder is not writable (mode ${(stats.mode & 0o777).toString(8)}), and PGlite writes into its folder even to read. ` +
        'Make it writable (chmod u+w), or copy it to a folder you can write to.',
    );
  }
}
