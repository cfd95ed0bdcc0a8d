import { Client } from 'pg';
import type { Listener } from '../connection';

/**
 * A client of its own (not from the pool, so it never takes a connection the batches need) that runs
 * `LISTEN channel` and calls `onNotify` for each notification on it. If the session ends (server
 * restart, network), `onLost` is called once; the caller falls back to polling.
 */
export async function listenOnPg(url: string, channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void): Promise<Listener> {
  const client = new Client({ connectionString: url });
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
  client.on('notification', (message) => {
    if (message.channel === channel) onNotify(message.payload ?? '');
  });
  await client.connect();
  await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  return {
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
