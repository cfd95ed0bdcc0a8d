import { createServer, type Socket } from 'node:net';
import { openDatabase } from '@paradigm/persistence';
import { testAdminUrl } from '@paradigm/persistence/testing';

/** The test server's URL with `user` and `database` replaced. */
function serverUrl(user: string, database: string): string {
  const url = new URL(testAdminUrl());
  url.username = user;
  url.password = 'secret';
  url.pathname = `/${database}`;
  return url.toString();
}

const failure = (url: string, connectTimeoutMs?: number) =>
  openDatabase({ dialect: 'postgres', url, migrate: false, ...(connectTimeoutMs ? { timeouts: { connectTimeoutMs } } : {}) }).then(
    async (db) => {
      await db.close();
      return 'opened';
    },
    (error: Error) => error.message,
  );

describe('a connection that fails gets the hint for its cause', () => {
  const { hostname, port } = new URL(testAdminUrl());
  const at = `${hostname}:${port || 5432}`;

  it('a database that does not exist: create it or fix the name (not "is PostgreSQL running?")', async () => {
    expect(await failure(serverUrl('postgres', 'paradigm_no_such_database'))).toBe(
      `Cannot connect to PostgreSQL at postgres://postgres@${at}/paradigm_no_such_database: database "paradigm_no_such_database" does not exist. ` +
        `The server is running but has no database named "paradigm_no_such_database": create it (\`createdb -h ${hostname} -p ${port || 5432} -U postgres paradigm_no_such_database\`) or fix the database name in DATABASE_URL.`,
    );
  });

  it('a role that does not exist: the user is named', async () => {
    expect(await failure(serverUrl('paradigm_no_such_role', 'postgres'))).toBe(
      `Cannot connect to PostgreSQL at postgres://paradigm_no_such_role@${at}/postgres: role "paradigm_no_such_role" does not exist. ` +
        `The server refused the user "paradigm_no_such_role": create the role, fix the user name in DATABASE_URL, or allow it in the server's pg_hba.conf.`,
    );
  });

  it('a setting the server does not know: PostgreSQL 14 or later, or the options in DATABASE_URL', async () => {
    const url = `${serverUrl('postgres', 'postgres')}?options=${encodeURIComponent('-c paradigm_no_such_setting=1')}`;
    expect(await failure(url)).toBe(
      `Cannot connect to PostgreSQL at postgres://postgres@${at}/postgres: unrecognized configuration parameter "paradigm_no_such_setting". ` +
        'The server does not know a setting this connection sends: the paradigm programs set client_connection_check_interval, which needs PostgreSQL 14 or later (upgrade the server); any other comes from the options in DATABASE_URL (fix or remove it).',
    );
  });

  it('nothing listening: is PostgreSQL running?', async () => {
    expect(await failure('postgres://postgres:secret@127.0.0.1:1/paradigm')).toBe(
      'Cannot connect to PostgreSQL at postgres://postgres@127.0.0.1:1/paradigm: connect ECONNREFUSED 127.0.0.1:1. ' +
        'Nothing is listening on 127.0.0.1:1: is PostgreSQL running? Start it, or set DATABASE_URL (environment or .env) to a reachable server, or unset it to use the embedded PGlite database.',
    );
  });

  it('a host name that does not resolve: check the host', async () => {
    expect(await failure('postgres://postgres@paradigm-nowhere.invalid:5432/paradigm')).toBe(
      'Cannot connect to PostgreSQL at postgres://postgres@paradigm-nowhere.invalid:5432/paradigm: getaddrinfo ENOTFOUND paradigm-nowhere.invalid. ' +
        'The host name "paradigm-nowhere.invalid" does not resolve: check the host in DATABASE_URL.',
    );
  });

  it('a server that accepts TCP and never answers: timed out connecting, after the connect timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as { port: number }).port;
    try {
      expect(await failure(`postgres://postgres@127.0.0.1:${silentPort}/paradigm`, 1000)).toBe(
        `Timed out connecting to PostgreSQL at postgres://postgres@127.0.0.1:${silentPort}/paradigm: no answer within 1000 ms (connect timeout). ` +
          'The server accepted TCP but did not answer as PostgreSQL: is it overloaded, starting, or is something else listening on that port? ' +
          'Check the host and port in DATABASE_URL, or raise the connect timeout if the network is that slow.',
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a URL of another scheme is refused before connecting, naming the scheme and the expected form', async () => {
    const expected = 'expected postgres://user@host:5432/database (or postgresql://...; a Unix socket as postgresql:///database?host=/var/run/postgresql)';
    expect(await failure('mysql://root:secret@127.0.0.1:3306/paradigm')).toBe(
      `DATABASE_URL has the scheme "mysql:", which is not PostgreSQL; ${expected}, or unset it to use the embedded PGlite database.`,
    );
    expect(await failure('http://127.0.0.1:5432/paradigm')).toBe(
      `DATABASE_URL has the scheme "http:", which is not PostgreSQL; ${expected}, or unset it to use the embedded PGlite database.`,
    );
    expect(await failure('not a url :secret@')).toBe(`DATABASE_URL is not a valid URL (got "not a url :***@"); ${expected}.`);
  });

  it('both PostgreSQL schemes open the database', async () => {
    for (const scheme of ['postgres:', 'postgresql:']) {
      const url = new URL(serverUrl('postgres', 'postgres'));
      expect(await failure(url.toString().replace(/^[a-z]+:/, scheme))).toBe('opened');
    }
  });
});
