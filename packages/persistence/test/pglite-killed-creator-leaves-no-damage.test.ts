// A process killed (SIGKILL) while it makes a new PGlite folder leaves either no database or a whole
// one: the next open of the folder makes or finishes it, and the database works. Before, PGlite made
// the database in the folder itself, PG_VERSION first, so a kill left a folder that looked made but
// every later open failed ("If the folder is damaged, delete it").
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { openDatabase, withConnection } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';
import { STAGING_FOLDER } from '../src/connection/pglite/create-data-folder';

const CREATOR = join(__dirname, 'support/pglite-creator.ts');
const ROOT = join(__dirname, '../../..');

interface Creator {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** True once it has opened the folder; false if it exits first. */
  readonly opened: Promise<boolean>;
}

/** A moment to kill a creator at: its name, and waiting for it. */
type KillPoint = readonly [string, (dataDir: string, creator: Creator) => Promise<void>];

/** A creator process on `dataDir`. */
function startCreator(dataDir: string): Creator {
  const child = spawn(process.execPath, ['--import', 'tsx', CREATOR, dataDir], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const opened = new Promise<boolean>((resolve) => {
    child.stdout!.on('data', () => resolve(true));
    void exited.then(() => resolve(false));
  });
  return { child, exited, opened };
}

/** Whether the database file `file` is written yet, in the folder itself or where it is made. */
const written = (dataDir: string, file: string) => existsSync(join(dataDir, file)) || existsSync(join(dataDir, STAGING_FOLDER, file));

/**
 * Moments of making a folder to kill the creator at: as soon as a file of the database is written
 * (PG_VERSION is the image's first file, base/4/PG_VERSION about its middle, global/pg_control near
 * its end), once the database is made and closed, and after delays spread over a whole creation.
 */
const FILE_POINTS = ['PG_VERSION', 'base/1/1259', 'base/4/PG_VERSION', 'global/pg_control', join(STAGING_FOLDER, 'paradigm.complete'), 'pg_wal'];
const DELAY_FRACTIONS = [0.3, 0.6, 0.8, 1];

/** Opens `dataDir` as the next process would, migrates it and writes and reads a row. */
async function reopenAndUse(dataDir: string): Promise<unknown> {
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  try {
    return await withConnection(db, async (conn) => {
      await conn.query('CREATE TABLE after_kill (n int)');
      await conn.query('INSERT INTO after_kill VALUES (1), (2)');
      return (await conn.query<{ n: number }>('SELECT sum(n)::int AS n FROM after_kill')).rows;
    });
  } finally {
    await db.close();
  }
}

describe('pglite: a process killed while it makes a new folder', () => {
  const work = createTestFolder(__filename, false);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let creation = 0;

  beforeAll(async () => {
    // How long a whole creation takes here (spawn to open), to spread the timed kills over it.
    const dataDir = join(work, 'whole');
    const started = Date.now();
    const creator = startCreator(dataDir);
    expect(await creator.opened).toBe(true);
    creation = Date.now() - started;
    creator.child.stdin!.end();
    await creator.exited;
  });

  const points: KillPoint[] = [
    ...FILE_POINTS.map((file): KillPoint => [
      `as soon as ${file} is written`,
      async (dataDir, creator) => {
        // Past the moment when the creator has opened the folder (a file only made on the way is gone).
        let creating = true;
        void creator.opened.then(() => (creating = false));
        while (creating && !written(dataDir, file)) await tick();
      },
    ]),
    ...DELAY_FRACTIONS.map((fraction): KillPoint => [
      `${fraction * 100}% of a whole creation's time after it starts`,
      () => new Promise((resolve) => setTimeout(resolve, creation * fraction)),
    ]),
  ];

  // A folder the creator makes, and an empty one made beforehand (as `mkdir` then `--data-dir` gives).
  for (const [made, premade, at] of [['a folder it makes', false, points], ['an empty folder made beforehand', true, [points[0]!, points[4]!]]] as const) {
    describe(made, () => {
      for (const [name, wait] of at) {
        it(`killed ${name}: the next open succeeds, and the database works`, async () => {
          const dataDir = join(work, `${premade ? 'premade' : 'new'}-${points.findIndex(([point]) => point === name)}`);
          if (premade) mkdirSync(dataDir);
          const creator = startCreator(dataDir);
          await wait(dataDir, creator);
          creator.child.kill('SIGKILL');
          await creator.exited;
          expect(await reopenAndUse(dataDir)).toEqual([{ n: 3 }]);
          expect(readdirSync(dataDir).filter((entry) => entry === STAGING_FOLDER || entry.startsWith('paradigm.'))).toEqual([]);
        });
      }
    });
  }
});
