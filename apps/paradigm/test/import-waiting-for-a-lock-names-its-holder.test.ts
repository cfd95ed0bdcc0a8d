import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const BIN = join(__dirname, '../bin/paradigm.js');

// An import that queues behind another session's open transaction (a psql left open, a `pg_dump`)
// says, after a few seconds, which session holds the lexicon and how to end the wait; once that
// transaction ends, the import goes on and completes. On PostgreSQL.
describe('paradigm import waiting for the lexicon', () => {
  const { db: database, url: databaseUrl, dir } = useSmallDictionaryDatabase(__filename);

  it('names the session that holds it, then completes once that session commits', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (holding = resolve));
    const holder = withConnection(database(), async (conn) => {
      await conn.query("SET application_name = 'lexicon-reader'");
      await conn.query('BEGIN');
      await conn.query('SELECT count(*) FROM forms');
      holding((await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
      await released;
      await conn.query('COMMIT');
    });
    let stderr = '';
    try {
      const pid = await held;
      const { aff, dic } = writeSmallDictionary(dir);
      const child = spawn(process.execPath, [BIN, 'import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], {
        env: { ...process.env, DATABASE_URL: databaseUrl() },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await until('the import to say whom it waits for', async () => stderr.includes('The import goes on'));
      const notice = stderr.slice(stderr.indexOf('paradigm: waiting'), stderr.indexOf('changes nothing.') + 'changes nothing.'.length);
      const description = notice.slice('paradigm: waiting for the lexicon\'s tables in '.length, notice.indexOf(', which'));
      expect(notice.replace(/for \d+(\.\d)?s\)/, 'for Ns)')).toBe(
        [
          `paradigm: waiting for the lexicon's tables in ${description}, which another session holds:`,
          `  pid ${pid} (user postgres, lexicon-reader, idle in transaction for Ns): SELECT pg_backend_pid() AS pid`,
          'The import goes on once it ends its transaction (commit, rollback, or SELECT pg_terminate_backend(PID)); Ctrl-C stops it and changes nothing.',
        ].join('\n'),
      );
      expect(description).toContain('postgres');
      release();
      expect(await exited).toBe(0);
      expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);
    } finally {
      release();
      await holder;
    }
  }, 5 * 60_000);
});
