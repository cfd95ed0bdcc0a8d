import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withConnection } from '@paradigm/persistence';
import { readerHoldingForms } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { lockWaitNotice } from './support/lock-wait-notice';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const BIN = join(__dirname, '../bin/paradigm.js');

// A command that needs the lexicon's tables exclusively (an import replacing the lexicon; a full
// rebuild swapping its new forms table in) queues behind another session's open transaction (a psql
// left open, a `pg_dump`). After a few seconds it says which session holds them and how to end the
// wait; meanwhile other readers read the old forms at once (the command waits outside the server's
// lock queue); once that transaction ends, it goes on and completes. On PostgreSQL.
describe('paradigm commands waiting for the lexicon', () => {
  const { db: database, url: databaseUrl, dir } = useSmallDictionaryDatabase(__filename);

  const commands: readonly [string, () => string[]][] = [
    ['import', () => {
      const { aff, dic } = writeSmallDictionary(dir);
      return ['import', 'hunspell', aff, dic, '--replace'];
    }],
    ['recompute', () => ['recompute', '--all']],
  ];

  /** `forms`' rows as another reader counts them, which a request waiting in the lock queue would hold up until the statement timeout. */
  const countForms = () =>
    withConnection(database(), async (conn) => {
      await conn.query("SET statement_timeout = '10s'");
      const counted = await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms');
      await conn.query('RESET statement_timeout');
      return counted.rows[0]!.n;
    });

  it.each(commands)('%s names the session that holds them, lets other readers through, then completes once that session commits', async (command, args) => {
    const formsBefore = await countForms();
    const reader = await readerHoldingForms(database(), 'lexicon-reader');
    try {
      let stderr = '';
      const child = spawn(process.execPath, [BIN, ...args(), '--progress', 'none'], {
        env: { ...process.env, DATABASE_URL: databaseUrl() },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await until(`${command} to say whom it waits for`, async () => stderr.includes('changes nothing.'));
      expect(lockWaitNotice(stderr)).toBe(
        [
          `paradigm: waiting for the lexicon's tables in ${database().description}, which another session holds:`,
          `  pid ${reader.pid} (user postgres, lexicon-reader, idle in transaction for Ns): SELECT pg_backend_pid() AS pid`,
          `The ${command} goes on once it ends its transaction (commit, rollback, or SELECT pg_terminate_backend(PID)); Ctrl-C stops it and changes nothing.`,
        ].join('\n'),
      );
      expect(await countForms()).toBe(formsBefore);
      await reader.release();
      expect(await exited).toBe(0);
      expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);
    } finally {
      await reader.release();
    }
  }, 5 * 60_000);
});
