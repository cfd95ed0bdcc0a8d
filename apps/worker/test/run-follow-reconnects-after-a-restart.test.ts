import { compileGrammar } from '@paradigm/core';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';
import { useTcpProxy } from './support/tcp-proxy';

/** Polls `done` every 100 ms, for at most a minute (a bound on a hang, not a speed requirement). */
async function waitFor(what: string, done: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still waiting for ${what} after a minute`);
}

// PostgreSQL only: PGlite runs inside the worker's process and cannot restart under it.
describe('run --follow across a server restart', () => {
  const entries = lexemes(10);
  const database = useLexiconDatabase('postgres', __filename, entries);
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const tcpProxy = useTcpProxy(url);

  it('reconnects with backoff, logging each attempt, and carries on with changes made while the server was down', async () => {
    const proxy = tcpProxy();
    const worker = spawnWorker(
      ['run', '--follow', '--poll-ms', '100', '--progress', 'none', '--concurrency', '1', '--reconnect-initial-ms', '200', '--reconnect-max-ms', '800'],
      { DATABASE_URL: proxy.via(url) },
    );
    await waitFor('the first drain', async () => (await query(database(), 'SELECT 1 FROM recompute_queue')).length === 0 && (await formsInTable(database())).length > 0);

    // The restart: the server refuses connections for a while and every session of the worker ends.
    await proxy.stopListening();
    await query(database(), 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    proxy.cutAll();
    await worker.waitForStderr('reconnect attempt 3 failed');
    await query(database(), "UPDATE lexemes SET lemma = 'kitten' WHERE id = 2");
    await proxy.listen();

    const edited = entries.map((entry) => (entry.id === 2 ? { ...entry, lemma: 'kitten' } : entry));
    const expected = expectedForms(compileGrammar(PATTERNS).grammar, edited);
    await waitFor('the edit made while the server was down', async () => JSON.stringify(await formsInTable(database())) === JSON.stringify(expected));
    expect(await formsInTable(database())).toEqual(expected);

    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(130);
    expect(worker.stdout()).toMatch(/^run \(interrupted\): 11 lexemes, /);
    const description = new URL(proxy.via(url));
    const shown = `postgres://${description.username}@127.0.0.1:${proxy.port}${description.pathname}`;
    const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const lines = worker.stderr().trimEnd().split('\n');
    const failures = lines.length - 3; // besides: lost, connected, SIGTERM
    expect(failures).toBeGreaterThanOrEqual(3);
    const expectedLines = [
      new RegExp(`^${esc(`worker: lost the database ${shown} (`)}.+${esc('); reconnecting in 200 ms.')}$`),
      ...Array.from({ length: failures }, (_, i) =>
        new RegExp(`^${esc(`worker: reconnect attempt ${i + 1} failed (connect ECONNREFUSED 127.0.0.1:${proxy.port}); next in ${Math.min(800, 400 * 2 ** i)} ms.`)}$`),
      ),
      new RegExp(`^${esc(`worker: reconnect attempt ${failures + 1}: connected to ${shown}; carrying on from the queue.`)}$`),
      /^worker: SIGTERM: stopping after the batch in flight/,
    ];
    expect(lines.map((line, i) => expectedLines[i]!.test(line) || line)).toEqual(expectedLines.map(() => true));
  });
});
