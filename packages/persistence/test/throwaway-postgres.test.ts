import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { startThrowawayServer } from '@paradigm/persistence/testing';

describe('with no PostgreSQL reachable, the test setup starts a throwaway server itself', () => {
  it('starts a real server (as an unprivileged user when root), answers queries, and is removed on stop', async () => {
    const server = await startThrowawayServer();
    expect(server.source).toBe('throwaway server');
    expect(server.adminUrl).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(existsSync(server.folder!)).toBe(true);
    const client = new Client({ connectionString: server.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ user: string; superuser: string }>("SELECT current_user AS user, current_setting('is_superuser') AS superuser");
    await client.end();
    expect(rows).toEqual([{ user: 'postgres', superuser: 'on' }]);
    await server.stop();
    expect(existsSync(server.folder!)).toBe(false);
    await expect(new Client({ connectionString: server.adminUrl, connectionTimeoutMillis: 2000 }).connect()).rejects.toThrow();
  });
});
