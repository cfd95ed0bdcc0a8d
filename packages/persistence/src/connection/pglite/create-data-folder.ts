import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSystemProblem } from '../../files/file-system-problem';
import { LOCK_FILE } from './folder-lock';
import { holdsDatabase, initdbImage } from './initdb-image';
import { loadPglite } from './node-require';

/**
 * The folder inside a PGlite data folder where a new database is made before it is moved into place.
 * It sits inside the data folder, not beside it, so that the data folder's lock covers it, and a data
 * folder that is a mount point or was made empty by the user can be filled all the same.
 */
export const STAGING_FOLDER = '.paradigm-new';
/** Written into the staging folder once the database in it is made and PGlite has closed it cleanly. */
const COMPLETE_FILE = 'paradigm.complete';
/** Moved last: a data folder holds a database once it has `PG_VERSION` (see {@link holdsDatabase}). */
const PG_VERSION = 'PG_VERSION';

/**
 * Gives the locked data folder `dataDir` its database when it holds none yet (no `PG_VERSION`), so that
 * a process killed at any moment leaves either no database or a whole one, never a damaged one; in a
 * folder that holds one, removes what a creator killed after its last move left (the staging folder),
 * and what a process killed as PGlite started on it may leave (an empty `postmaster.pid`).
 *
 * PGlite makes it in {@link STAGING_FOLDER} (from the build's initdb image, else by running initdb) and
 * closes it; then the complete mark is written, and the database's files are moved up into `dataDir`,
 * `PG_VERSION` last, each move a rename. Whoever takes the lock next finishes what a killed creator
 * left: moves the rest of a complete database up, or deletes an incomplete one and makes it again.
 * A creation that fails (a full disk) removes the staging folder and names the cause and the fix.
 *
 * Refuses a folder that holds anything but a database, this package's lock files and the staging
 * folder, naming the folder and the first few entries: the database's files would be mixed with them.
 */
export async function prepareDataFolder(dataDir: string, postgresqlconf: string): Promise<void> {
  const staging = join(dataDir, STAGING_FOLDER);
  if (holdsDatabase(dataDir)) {
    rmSync(staging, { recursive: true, force: true });
    removeEmptyPidFile(dataDir);
    return;
  }
  if (!existsSync(join(staging, COMPLETE_FILE))) {
    refuseUnrelatedEntries(dataDir);
    rmSync(staging, { recursive: true, force: true });
    const image = initdbImage();
    try {
      const pg = await loadPglite().create({ dataDir: staging, postgresqlconf, ...(image ? { loadDataDir: image } : {}) });
      await pg.close();
      writeFileSync(join(staging, COMPLETE_FILE), '');
    } catch (error) {
      // What was made is incomplete; left, it would hold the space a full disk needs back.
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`Cannot make a PGlite database in ${dataDir}: ${fileSystemProblem(error)}`, { cause: error });
    }
  }
  moveUp(staging, dataDir);
}

function moveUp(staging: string, dataDir: string): void {
  const names = readdirSync(staging).filter((name) => name !== COMPLETE_FILE && name !== PG_VERSION);
  for (const name of [...names, PG_VERSION]) {
    // A name absent from the staging folder was moved up before a creator was killed.
    if (existsSync(join(staging, name))) renameSync(join(staging, name), join(dataDir, name));
  }
  rmSync(staging, { recursive: true, force: true });
}

/** This package's own files in a data folder that holds no database yet: the lock, its drafts, the staging folder. */
function isOwnEntry(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`) || name === STAGING_FOLDER;
}

function refuseUnrelatedEntries(dataDir: string): void {
  const unrelated = readdirSync(dataDir)
    .filter((name) => !isOwnEntry(name))
    .sort();
  if (unrelated.length === 0) return;
  const shown = unrelated.slice(0, 3).join(', ') + (unrelated.length > 3 ? `, and ${unrelated.length - 3} more` : '');
  throw new Error(
    `Cannot make a PGlite database in ${dataDir}: the folder holds files that are not a database (${shown}). ` +
      'Give a new or empty folder for the database, or move those files out.',
  );
}

/** The lock file PostgreSQL writes into its data folder as it starts, and PGlite with it; removed as it shuts down. */
const POSTMASTER_PID = 'postmaster.pid';

/**
 * Removes an empty `postmaster.pid` from the locked data folder `dataDir`: a process killed as PGlite
 * started, after it made the file and before it wrote it, leaves it so, and PostgreSQL refuses to start
 * on it ("lock file is empty": another server may be starting), so the folder could never be opened
 * again. Under this package's folder lock no other process has the folder open, and within a process
 * one instance opens it once, so the file is that remnant. A file with a pid in it is left to
 * PostgreSQL, which starts over its own stale one.
 */
function removeEmptyPidFile(dataDir: string): void {
  const file = join(dataDir, POSTMASTER_PID);
  let size;
  try {
    size = statSync(file).size;
  } catch {
    return; // none: a clean shutdown removed it
  }
  if (size === 0) rmSync(file, { force: true });
}
