import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPglite, pgliteVersion } from './node-require';

/**
 * Where the build keeps the data folder image (`dist/pglite-initdb` of this package; the same folder
 * from `src` and from `dist`, which sit at the same depth).
 */
export const INITDB_IMAGES = join(__dirname, '..', '..', '..', 'dist', 'pglite-initdb');

/** The image of a new data folder made by PGlite `version`. */
export function initdbImagePath(version: string, folder: string = INITDB_IMAGES): string {
  return join(folder, `pglite-${version}.tgz`);
}

/**
 * The image the build made for the PGlite that is installed, to give PGlite as `loadDataDir`; undefined
 * when there is none for this version (not built, or PGlite changed since), and PGlite then runs initdb.
 */
export function initdbImage(version: string = pgliteVersion(), folder: string = INITDB_IMAGES): Blob | undefined {
  const path = initdbImagePath(version, folder);
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

/** Whether `dataDir` holds a database already (initdb writes `PG_VERSION` first). */
export function holdsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * Runs initdb in the new folder `dataDir` (PGlite's own, as any first open does) and writes the folder,
 * gzipped, to `file` (PGlite's `dumpDataDir`, which `loadDataDir` reads back).
 */
export async function makeInitdbImage(dataDir: string, file: string): Promise<void> {
  if (holdsDatabase(dataDir)) throw new Error(`${dataDir} holds a database already; the image is made from a new folder`);
  const pg = await loadPglite().create({ dataDir });
  try {
    const image = await pg.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  } finally {
    await pg.close();
  }
}
