import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between a test's worker and PostgreSQL, to play a bad network without
 * touching the shared server: `freeze()` stops forwarding in both directions and hides closes (a
 * network gone silent: both ends keep their sockets and hear nothing), `stopListening()` refuses new
 * connections (a server that is down) and `cutAll()` drops every connection (with
 * `pg_terminate_backend`, a restart).
 */
export interface TcpProxy {
  readonly port: number;
  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** Resolves once a client has sent a chunk containing `text` and the server's next chunk has been forwarded; then freezes. */
  freezeAfterAnswerTo(text: string): Promise<void>;
  freeze(): void;
  stopListening(): Promise<void>;
  listen(): Promise<void>;
  cutAll(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let frozen = false;
  const pairs = new Set<[Socket, Socket]>();
  let trigger: { text: string; seen: boolean; resolve: () => void } | undefined;

  const onConnection = (client: Socket) => {
    const upstream = connect(targetPort, targetHost);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      if (frozen) return;
      if (trigger && chunk.includes(trigger.text)) trigger.seen = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (frozen) return;
      client.write(chunk);
      if (trigger?.seen) {
        frozen = true;
        trigger.resolve();
        trigger = undefined;
      }
    });
    const end = () => {
      if (frozen) return; // a silent network carries no FIN or RST either
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    for (const socket of pair) {
      socket.on('error', () => undefined);
      socket.on('close', end);
    }
  };

  let server: Server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    port,
    via(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    freezeAfterAnswerTo(text) {
      return new Promise((resolve) => (trigger = { text, seen: false, resolve }));
    },
    freeze() {
      frozen = true;
    },
    async stopListening() {
      // The listening socket closes at once (new connections are refused); the callback would wait for
      // the open connections too.
      server.close();
    },
    async listen() {
      server = createServer(onConnection);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    cutAll() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    async close() {
      frozen = false;
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      server.unref();
    },
  };
}

/** Inside a `describe`: a {@link TcpProxy} to the server of `url`, started before the block's tests and closed after them. */
export function useTcpProxy(url: string): () => TcpProxy {
  let proxy: TcpProxy;
  beforeAll(async () => {
    const target = new URL(url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  });
  afterAll(() => proxy.close());
  return () => proxy;
}
