import { join } from 'node:path';
import { sessionHolding } from '@paradigm/persistence/testing';
import { lockWaitNotice } from './support/lock-wait-notice';
import { startParadigm } from './support/paradigm-process';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const EXAMPLES = join(__dirname, '../../../docs/examples');

// `status`, and a `load` that merges, while another session holds the lexicon's tables alone (an import
// replacing the lexicon holds them until it commits; here a psql-like session) say after a few seconds
// which session they wait for and how to end the wait, instead of waiting in silence; once that session
// commits, they go on and exit 0. On PostgreSQL.
describe('paradigm status and load waiting for the lexicon', () => {
  const { db: database, url: databaseUrl } = useSmallDictionaryDatabase(__filename);

  const commands: readonly [string, string[], (stdout: string) => void][] = [
    ['status', ['status', '--json'], (stdout) => expect((JSON.parse(stdout) as { lexemes: number }).lexemes).toBeGreaterThan(0)],
    ['load', ['load', join(EXAMPLES, 'english.patterns'), '--progress', 'none'], (stdout) => expect(stdout).toBe('')],
  ];

  it.each(commands)('%s names the session that holds the lexemes, then goes on once it commits', async (command, args, printed) => {
    const holder = await sessionHolding(database(), 'lexicon-holder', 'LOCK TABLE lexemes IN ACCESS EXCLUSIVE MODE');
    try {
      const running = startParadigm(args, { DATABASE_URL: databaseUrl() });
      await until(`${command} to say whom it waits for`, async () => running.stderr().includes('changes nothing.'));
      expect(lockWaitNotice(running.stderr())).toBe(
        [
          `paradigm: waiting for the lexicon's tables in ${database().description}, which another session holds:`,
          `  pid ${holder.pid} (user postgres, lexicon-holder, idle in transaction for Ns): SELECT pg_backend_pid() AS pid`,
          `The ${command} goes on once it ends its transaction (commit, rollback, or SELECT pg_terminate_backend(PID)); Ctrl-C stops it and changes nothing.`,
        ].join('\n'),
      );
      expect(running.stdout()).toBe('');
      await holder.release();
      const ended = await running.ended;
      expect(ended.code).toBe(0);
      printed(ended.stdout);
    } finally {
      await holder.release();
    }
  }, 5 * 60_000);
});
