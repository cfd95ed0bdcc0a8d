import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INITDB_IMAGES, initdbImagePath, makeInitdbImage } from '../connection/pglite/initdb-image';
import { pgliteVersion } from '../connection/pglite/node-require';

// Run by this package's build: the image of a new PGlite data folder, which a new embedded database is
// made from instead of running initdb in the process that opens it. One per PGlite version; kept when
// it exists.
async function main(): Promise<void> {
  const file = initdbImagePath(pgliteVersion());
  if (existsSync(file)) return;
  mkdirSync(INITDB_IMAGES, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'paradigm-initdb-image-'));
  try {
    await makeInitdbImage(join(work, 'data'), `${file}.tmp`);
    renameSync(`${file}.tmp`, file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`made ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
