import { adminQuery, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';
import { waitUntil } from './support/wait-until';

// A database that takes no connections (its server is up): each request answers 503 with the server's
// own words and the database's name. On PostgreSQL: PGlite runs in this process and cannot go away.
describe('requests while the database takes no connections (PostgreSQL)', () => {
  const database = testDatabaseName(__filename);
  let workbench: Workbench;
  const internalErrors: string[] = [];
  beforeAll(async () => {
    workbench = await startTestWorkbench('postgres', __filename, {
      recompute: 'external',
      onInternalError: (error, request) => internalErrors.push(`${request.method} ${request.url}: ${error.message}`),
    });
  });
  afterAll(async () => {
    await adminQuery(testAdminUrl(), [`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`]);
    await workbench?.close();
  });

  it('answers 503 naming the database and why, on every route that reads it', async () => {
    await adminQuery(testAdminUrl(), [
      `ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`,
    ]);
    const message =
      `the database ${workbench.context.db.description} cannot be reached: database "${database}" is not currently accepting connections. ` +
      'Check that it is running and accepts connections, then try again';
    // The pool drops the connections the server ended as it hears of it; a request before that is told they were terminated.
    await waitUntil(async () => ((await callApi(workbench, 'GET', '/api/search?q=cat')).body.error === message ? true : undefined), 'a request on a new connection');
    const answers = [
      await callApi(workbench, 'GET', '/api/search?q=cat'),
      await callApi(workbench, 'GET', '/api/lexemes/1'),
      await callApi(workbench, 'GET', '/api/patterns/noun'),
      await callApi(workbench, 'PUT', '/api/patterns/noun', { body: { source: 'pattern noun\nrule => N;SG\n' } }),
    ];
    expect(answers.map((a) => [a.status, a.body])).toEqual(Array.from({ length: 4 }, () => [503, { error: message }]));
    expect(internalErrors.length).toBeGreaterThanOrEqual(4);
  });
});
