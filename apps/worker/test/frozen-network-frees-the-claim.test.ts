import { withConnection } from '@paradigm/persistence';
import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';
import { useTcpProxy } from './support/tcp-proxy';

// PostgreSQL only: PGlite runs inside the worker's process and has no network.
describe('the network goes silent after the worker claimed a batch', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(20));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const tcpProxy = useTcpProxy(url);

  it('the worker gives up after its query timeout naming the database, and the server frees the claim after its idle-in-transaction timeout', async () => {
    const proxy = tcpProxy();
    const frozen = proxy.freezeAfterAnswerTo('DELETE FROM recompute_queue WHERE lexeme_id IN');
    const worker = spawnWorker(
      ['run', '--batch-size', '5', '--concurrency', '1', '--progress', 'none', '--statement-timeout-ms', '3000', '--query-timeout-ms', '4000', '--idle-in-transaction-timeout-ms', '2000'],
      { DATABASE_URL: proxy.via(url) },
    );
    await frozen;
    expect({ exit: await worker.exited, stdout: worker.stdout(), stderr: worker.stderr() }).toEqual({
      exit: { code: 3, signal: null },
      stdout: '',
      stderr:
        `worker: Timed out on the database ${database().description.replace(/:\d+\//, `:${proxy.port}/`)}: no answer to a statement within 4000 ms (--query-timeout-ms): ` +
        'the network went silent or the server is stuck. The batch in flight was rolled back (no half-written forms). ' +
        'Check the network and the server, then run `worker run` again: it carries on from the queue.\n',
    });

    // The proxy still holds the server's side of the connection open and silent, as a dead network
    // would: only the server's own timeout can end that session. A client's edit of a claimed lexeme
    // waits for it, then goes through.
    const edited = await withConnection(database(), async (conn) => {
      await conn.query("SET lock_timeout = '60s'");
      return (await conn.query("UPDATE lexemes SET gloss = 'edited' WHERE id = 1 RETURNING id")).rows;
    });
    expect(edited).toEqual([{ id: 1 }]);
    expect(await query(database(), "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'")).toEqual([{ n: 0 }]);
    // The claimed lexemes are back on the queue with the rest; no forms were written.
    expect(await query(database(), 'SELECT array_agg(lexeme_id ORDER BY lexeme_id) AS ids FROM recompute_queue')).toEqual([{ ids: Array.from({ length: 20 }, (_, i) => i + 1) }]);
    expect(await query(database(), 'SELECT count(*)::int AS n FROM forms')).toEqual([{ n: 0 }]);
  });
});
