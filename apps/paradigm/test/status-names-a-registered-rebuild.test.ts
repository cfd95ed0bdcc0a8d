import { join } from 'node:path';
import { type Database, joinRebuild, registerRebuild, unregisterRebuild } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

/** `paradigm status`'s rebuild line, its time of registration as T. */
async function rebuildLine(db: Database): Promise<string> {
  const io = capture(db);
  expect(await main(['status'], io)).toBe(0);
  return io.out().split('\n').find((line) => line.startsWith('rebuild'))!.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d/, 'T');
}

// Readers see the old forms while a rebuild runs; status says one is registered, and a shared one left to
// resume (which keeps `run` from rebuilding) with how far it got.
describe('postgres: paradigm status names the rebuild registered', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    expect(await main(['load', ...FILES, '--progress', 'none'], capture(db))).toBe(0);
  });
  afterAll(() => db.close());

  it('a one-process rebuild under way, with its session', async () => {
    const conn = await db.acquire();
    try {
      expect(await registerRebuild(conn)).toBe('registered');
      const pid = (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      expect(await rebuildLine(db)).toBe(`rebuild     under way since T (session ${pid}); readers see the old forms until it swaps`);
      await unregisterRebuild(conn);
    } finally {
      conn.release();
    }
    expect(await rebuildLine(db)).toBe('rebuild     none');
  });

  it('a shared rebuild, with the ranges copied', async () => {
    const conn = await db.acquire();
    try {
      expect((await joinRebuild(conn, 4, async () => undefined)).state).toBe('started');
    } finally {
      conn.release();
    }
    expect(await rebuildLine(db)).toBe(
      'rebuild     shared, 0 of 4 ranges copied, registered T; `paradigm recompute --all --shared` finishes it (running processes, or new ones), and `run` computes batch by batch meanwhile',
    );
    expect(await main(['recompute', '--all', '--shared', '--progress', 'none'], capture(db))).toBe(1);
    expect(await rebuildLine(db)).toBe('rebuild     none');
  });
});
