import { join } from 'node:path';
import { type Database, openDatabase } from '@paradigm/persistence';

/** Opens the PGlite folder in this process (no other may have it open), runs `work`, closes it. */
export async function inFolder<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** What a `paradigm` process refused the folder `dataDir`, held by process `pid`, prints on standard error. */
export const heldBy = (dataDir: string, pid: number): string =>
  `paradigm: cannot open the database: The PGlite database in ${dataDir} is open in another process (held by process ${pid}, lock file ${join(dataDir, 'paradigm.pid')}); ` +
  'PGlite allows one process at a time. Stop that process, or set DATABASE_URL to use PostgreSQL, which allows many; delete the lock file only if no process uses this folder.\n';
