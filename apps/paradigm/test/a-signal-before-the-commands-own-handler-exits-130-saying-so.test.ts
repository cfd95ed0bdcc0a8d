import { createServer, type Server, type Socket } from 'node:net';
import { startParadigm } from './support/paradigm-process';

// SIGTERM or Ctrl-C while a command has no handler of its own (here `status`, still connecting to a server
// that accepts the connection and never answers) ends it with exit 130 and a line that says so, as an
// interrupted command ends, not by the signal without a word (exit 143 from a shell).
describe('a signal before the command has a handler of its own', () => {
  let server: Server;
  const sockets: Socket[] = [];
  let connected: () => void = () => undefined;
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.push(socket);
      connected();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s: exit 130, saying so', async (signal) => {
    const port = (server.address() as { port: number }).port;
    const reached = new Promise<void>((resolve) => (connected = resolve));
    const running = startParadigm(['status'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/none` });
    await reached;
    running.child.kill(signal);
    const ended = await running.ended;
    expect([ended.code, ended.stderr]).toEqual([130, `paradigm: ${signal}: stopped; a transaction left open is rolled back by the database\n`]);
  });
});
