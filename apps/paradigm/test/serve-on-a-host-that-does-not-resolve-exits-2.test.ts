import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { runParadigm } from './support/paradigm-process';

// A --host whose name does not resolve is the command line's mistake (exit 2), as a port in use is,
// not a database failure (exit 3), though Node's ENOTFOUND is also what an unreachable database URL gives.
describe('paradigm serve --host NAME that does not resolve', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
  });
  afterAll(() => db.close());

  it('exits 2 saying it cannot listen there', async () => {
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    const ended = await runParadigm(['serve', '--host', 'nosuchhost.invalid', '--port', '0'], {
      DATABASE_URL: url.toString(),
      PARADIGM_WORKBENCH_TOKEN: 'a-token-of-32-characters-or-more',
    });
    expect([ended.code, ended.stdout, ended.stderr]).toEqual([
      2,
      '',
      'paradigm: cannot listen on nosuchhost.invalid: no such host (ENOTFOUND); give --host an address or a name of this machine\n',
    ]);
  });
});
