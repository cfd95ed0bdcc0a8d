import { PAUSE_VARIABLE, RESUME_SIGNAL } from '@paradigm/recompute';
import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

describe('an unreachable database', () => {
  it('at start: exit code 3 and a message naming the database and the fix', async () => {
    const worker = spawnWorker(['run', '--progress', 'none'], { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/paradigm_nowhere' });
    expect((await worker.exited).code).toBe(3);
    expect(worker.stderr()).toBe(
      'worker: Cannot connect to PostgreSQL at postgres://postgres@127.0.0.1:1/paradigm_nowhere: connect ECONNREFUSED 127.0.0.1:1. ' +
        'Nothing is listening on 127.0.0.1:1: is PostgreSQL running? Start it, or set DATABASE_URL (environment or .env) to a reachable server, or unset it to use the embedded PGlite database.\n',
    );
  });

  describe('going away mid-run (PostgreSQL)', () => {
    const database = useLexiconDatabase('postgres', __filename, lexemes(20));
    const url = testDatabaseUrl(`${__filename}-postgres`);

    it('gives exit code 3 and a message naming the database; a restart carries on from the queue', async () => {
      // The worker holds its first batch open (written, not committed) until it is resumed, so the cut
      // always lands mid-run however fast the machine is.
      const worker = spawnWorker(['run', '--batch-size', '2', '--concurrency', '1', '--progress', 'lines'], { DATABASE_URL: url, [PAUSE_VARIABLE]: 'after-write:1' });
      await worker.waitForStderr('PAUSED after-write 1');
      // Cut every connection the worker has, as a server restart would.
      await query(database(), 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      worker.child.kill(RESUME_SIGNAL);
      expect({ code: (await worker.exited).code, stdout: worker.stdout() }).toEqual({ code: 3, stdout: '' });
      const lost = worker.stderr().split('\n').find((line) => line.startsWith('worker: Lost the database'));
      // The words depend on whether a query was running when the connection was cut, and on whether the
      // server's goodbye or the socket's reset reaches the client first.
      const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(lost).toMatch(
        new RegExp(
          `^${esc(`worker: Lost the database ${database().description}: `)}(terminating connection due to administrator command|Connection terminated unexpectedly|read ECONNRESET)` +
            esc(
              '. The batch in flight was rolled back (no half-written forms). ' +
                'Start the database (e.g. `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or point DATABASE_URL at a reachable one, ' +
                'then run `worker run` again: it carries on from the queue.',
            ) +
            '$',
        ),
      );
      const restarted = spawnWorker(['run', '--progress', 'none'], { DATABASE_URL: url });
      expect((await restarted.exited).code).toBe(0);
      expect(await query(database(), 'SELECT count(*)::int AS n FROM recompute_queue')).toEqual([{ n: 0 }]);
      expect(await query(database(), 'SELECT count(DISTINCT lexeme_id)::int AS n FROM forms')).toEqual([{ n: 20 }]);
    });
  });
});
