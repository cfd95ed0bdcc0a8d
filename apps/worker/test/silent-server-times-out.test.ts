import { createServer, type Socket } from 'node:net';
import { spawnWorker } from './support/spawn-worker';

describe('a server that accepts TCP and never answers', () => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket.on('error', () => undefined)));
  let port: number;
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as { port: number }).port), resolve()))));
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  for (const command of [['run'], ['recompute', '--all'], ['run', '--follow']]) {
    it(`\`worker ${command.join(' ')}\` ends after the connect timeout with exit code 3 and a message naming the server`, async () => {
      const worker = spawnWorker([...command, '--progress', 'none', '--connect-timeout-ms', '1500'], { DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/paradigm` });
      expect({ exit: await worker.exited, stdout: worker.stdout(), stderr: worker.stderr() }).toEqual({
        exit: { code: 3, signal: null },
        stdout: '',
        stderr:
          `worker: Timed out connecting to PostgreSQL at postgres://postgres@127.0.0.1:${port}/paradigm: no answer within 1500 ms (connect timeout). ` +
          'The server accepted TCP but did not answer as PostgreSQL: is it overloaded, starting, or is something else listening on that port? ' +
          'Check the host and port in DATABASE_URL, or raise the connect timeout if the network is that slow.\n',
      });
    });
  }
});
