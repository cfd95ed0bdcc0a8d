import { Client } from 'pg';
import type { NotificationSession, QueryResult } from '../connection';

/**
 * A client of its own (not from the pool, so it never takes a connection the batches need) that
 * calls `onNotify` with the channel and payload of each notification it receives, and runs the
 * statements it is given (`LISTEN`, a session advisory lock that may wait for hours, `pg_notify`):
 * no statement timeout, keep-alive on so a vanished server is noticed. If the session ends (server
 * restart, network, `pg_terminate_backend`), `onLost` is called once.
 */
export async function openPgSession(url: string, onNotify: (channel: string, payload: string) => void, onLost: (error: Error) => void): Promise<NotificationSession> {
  const client = new Client({ connectionString: url, keepAlive: true });
  let lost = false;
  const lose = (error: Error) => {
    if (lost) return;
    lost = true;
    onLost(error);
  };
  let closing = false;
  client.on('error', lose);
  client.on('end', () => {
    if (!closing) lose(new Error('the listening session ended'));
  });
  client.on('notification', (message) => onNotify(message.channel, message.payload ?? ''));
  await client.connect();
  await client.query('SET statement_timeout = 0');
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return {
    backendPid: rows[0]!.pid,
    async query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>> {
      const result = await client.query({ text, values: values as unknown[] | undefined });
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0, command: result.command };
    },
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
