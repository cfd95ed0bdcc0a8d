import { request } from 'node:http';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { serveParadigm } from './support/paradigm-process';

const TOKEN = 'a-token-of-32-characters-or-more';
const SOURCE = 'pattern verb\nrule => V;INF\nrule suffix +s => V;PRS;3SG\n';

describe('paradigm serve refuses, before opening the database, to open writes to others or a bad rebuild threshold', () => {
  // capture() hands out no database: opening one would end in exit 3, not 2.
  it.each([
    [['--host', '0.0.0.0'], {}, 'refusing to listen on 0.0.0.0 without a write token: anyone who reaches that address could change the lexicon. Set PARADIGM_WORKBENCH_TOKEN to a secret of at least 16 characters, or bind 127.0.0.1.'],
    [['--host', '192.168.1.7', '--token', 'short'], {}, 'the write token is 5 characters long; use at least 16 (e.g. `openssl rand -hex 16`).'],
    [['--host', '::'], { PARADIGM_WORKBENCH_TOKEN: 'short' }, 'the write token is 5 characters long; use at least 16 (e.g. `openssl rand -hex 16`).'],
    [['--host', '::', '--token', ' '.repeat(20)], {}, 'the write token is only white space; use a secret of at least 16 characters (e.g. `openssl rand -hex 16`).'],
    [
      ['--host', '::'],
      { PARADIGM_WORKBENCH_TOKEN: `${TOKEN}\n` },
      'the write token starts or ends with white space, which HTTP drops from the Authorization header, so every write would be refused; remove it (a line break read from a file, say).',
    ],
    [
      ['--token', ` ${TOKEN}`],
      {},
      'the write token starts or ends with white space, which HTTP drops from the Authorization header, so every write would be refused; remove it (a line break read from a file, say).',
    ],
    [
      ['--allow-host', 'lexicon.example.org', '--allow-host', 'lexicon.example.org:8080'],
      {},
      'allowed host "lexicon.example.org:8080" is not a host name or address; give a bare name such as paradigm.example.org or 192.0.2.7, without a port or path.',
    ],
    [['--no-rebuild', '--rebuild-from', '5'], {}, "option '--no-rebuild' cannot be used with option '--rebuild-from <lexemes>'\n(add --help for usage)"],
    [['--rebuild-from', '0'], {}, "option '--rebuild-from <lexemes>' argument '0' is invalid. expects a whole number from 1 to 2147483647.\n(add --help for usage)"],
  ])('serve %j with %j exits 2', async (args, env, message) => {
    const io = { ...capture(), env };
    expect(await main(['serve', ...args], io)).toBe(2);
    expect([io.out(), io.err()]).toEqual(['', `paradigm: ${message}\n`]);
  });
});

describe('paradigm serve off loopback with a token, as a process on PostgreSQL', () => {
  let db: Database;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    env = { DATABASE_URL: url.toString(), PARADIGM_WORKBENCH_TOKEN: '' };
  });
  afterAll(() => db.close());

  it.each([
    ['--token', ['--token', TOKEN], {}],
    ['PARADIGM_WORKBENCH_TOKEN', [], { PARADIGM_WORKBENCH_TOKEN: TOKEN }],
  ])('with the token from %s it binds 0.0.0.0, and writes need "Authorization: Bearer <token>"', async (_from, args, tokenEnv) => {
    const serving = await serveParadigm(['--host', '0.0.0.0', ...args], { ...env, ...tokenEnv });
    try {
      const { port, hostname } = new URL(serving.url);
      expect(hostname).toBe('0.0.0.0');
      const local = `http://127.0.0.1:${port}`;
      const save = (headers: Record<string, string>) =>
        fetch(`${local}/api/patterns/verb`, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ source: SOURCE }) });
      const refused = await save({});
      expect([refused.status, await refused.json()]).toEqual([401, { error: 'this server needs a token for writes: send the header "Authorization: Bearer <token>"' }]);
      const saved = await save({ authorization: `Bearer ${TOKEN}` });
      expect([saved.status, ((await saved.json()) as { name: string }).name]).toEqual([200, 'verb']);
      const status = (await (await fetch(`${local}/api/status`)).json()) as { writesNeedToken: boolean; patterns: number };
      expect([status.writesNeedToken, status.patterns]).toEqual([true, 1]);
    } finally {
      expect((await serving.stop()).code).toBe(0);
    }
  });

  it('with --allow-host, answers to that name as well, and to no other', async () => {
    const serving = await serveParadigm(['--host', '0.0.0.0', '--token', TOKEN, '--allow-host', 'lexicon.example.org'], env);
    try {
      const { port } = new URL(serving.url);
      const statusAs = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const sent = request(`http://127.0.0.1:${port}/api/status`, { headers: { host } }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode!));
          });
          sent.on('error', reject);
          sent.end();
        });
      expect([await statusAs(`lexicon.example.org:${port}`), await statusAs(`other.example.org:${port}`)]).toEqual([200, 403]);
    } finally {
      expect((await serving.stop()).code).toBe(0);
    }
  });
});
