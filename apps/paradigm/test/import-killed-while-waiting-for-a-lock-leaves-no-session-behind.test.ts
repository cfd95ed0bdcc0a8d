import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const BIN = join(__dirname, '../bin/paradigm.js');

/** The statements of the database's other sessions that wait for a lock. */
async function waitingForLocks(db: Database): Promise<string[]> {
  const { rows } = await withConnection(db, (conn) =>
    conn.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"),
  );
  return rows.map((row) => row.query);
}

// An import queues for the lexicon's locks behind another session's transaction (a `pg_dump`, a
// psql left open). Killed while it waits, its statement must not outlive it: a `LOCK TABLE` left
// waiting on the server would go on queueing every reader of the lexicon behind it. On PostgreSQL.
describe('paradigm import killed while it waits for the lexicon', () => {
  const { db: database, url: databaseUrl, dir } = useSmallDictionaryDatabase(__filename);

  it.each(['SIGKILL', 'SIGINT'] as const)('by %s: the server ends its waiting statement, and readers go on', async (signal) => {
    // Another session reads the forms in a transaction it keeps open until `release`.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = withConnection(database(), async (conn) => {
      await conn.query('BEGIN');
      await conn.query('SELECT count(*) FROM forms');
      holding();
      await released;
      await conn.query('COMMIT');
    });
    try {
      await held;
      const { aff, dic } = writeSmallDictionary(dir);
      const child = spawn(process.execPath, [BIN, 'import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], { env: { ...process.env, DATABASE_URL: databaseUrl() }, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await until('the import to wait for the lexicon', async () => (await waitingForLocks(database())).some((query) => query.includes('LOCK TABLE')));
      child.kill(signal);
      // Ctrl-C twice exits at once (the first waits for a batch in flight; there is none).
      if (signal === 'SIGINT') child.kill(signal);
      await exited;
      await until("the server to end the import's statement", async () => (await waitingForLocks(database())).length === 0);
      // The holder's transaction is still open: a new reader reads the old forms without waiting.
      expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);
    } finally {
      release();
      await holder;
    }
  }, 5 * 60_000);
});
