// A new PGlite folder is made from the image of a folder initdb made, which this package's build writes
// (PGlite's dumpDataDir, loaded with loadDataDir), instead of running initdb in the opening process,
// which peaked near 800 MB. The folder holds the same files as one initdb makes, byte for byte, but for
// what every start rewrites: the control file (with initdb's random system identifier, which folders
// made from one image share), the write-ahead log and the relation cache's init files. An image made
// by another PGlite version is not used: initdb runs.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openDatabase, withConnection } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';
import { holdsDatabase, initdbImage } from '../src/connection/pglite/initdb-image';
import { loadPglite, pgliteVersion } from '../src/connection/pglite/node-require';

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string, at: string = dir): string[] {
  return readdirSync(at)
    .flatMap((name) => (statSync(join(at, name)).isDirectory() ? filesUnder(dir, join(at, name)) : [relative(dir, join(at, name))]))
    .sort();
}

/** Files a start of the server rewrites, so two folders differ in them whatever made them. */
const REWRITTEN_BY_EVERY_START = /^(global\/pg_control|pg_wal\/.*|.*pg_internal\.init)$/;

/** The identifier initdb gives a database (random): two folders share it only when made from one image. */
async function systemIdentifier(dataDir: string): Promise<string> {
  const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
  try {
    return await withConnection(db, async (conn) => (await conn.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()')).rows[0]!.id);
  } finally {
    await db.close();
  }
}

describe('pglite: a new folder is made from the image of what initdb made, which the build makes', () => {
  const work = createTestFolder(__filename, false);
  const [initdb, first, second] = ['initdb', 'first', 'second'].map((name) => join(work, name)) as [string, string, string];
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    await (await loadPglite().create({ dataDir: initdb })).close();
  });

  it('the build made an image for the installed PGlite; one of another version is not used', () => {
    expect(initdbImage()).toBeInstanceOf(Blob);
    expect(initdbImage(`${pgliteVersion()}-other`)).toBeUndefined();
  });

  it('openDatabase makes new folders from it: the same identifier, initdb\'s files byte for byte', async () => {
    expect([holdsDatabase(first), holdsDatabase(second)]).toEqual([false, false]);
    const ids = [await systemIdentifier(first), await systemIdentifier(second), await systemIdentifier(initdb)];
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(filesUnder(first)).toEqual(filesUnder(initdb));
    const differing = filesUnder(initdb).filter((file) => !readFileSync(join(initdb, file)).equals(readFileSync(join(first, file))));
    expect(differing.filter((file) => !REWRITTEN_BY_EVERY_START.test(file))).toEqual([]);
  });

  it('a folder made from it migrates and answers', async () => {
    const db = await openDatabase({ dialect: 'pglite', dataDir: second });
    const tables = await withConnection(db, async (conn) => (await conn.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_tables WHERE tablename IN ('lexemes', 'patterns', 'forms')")).rows[0]!.n);
    await db.close();
    expect(tables).toBe('3');
  });
});
