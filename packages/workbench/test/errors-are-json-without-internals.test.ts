import { withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`errors on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it('an unknown route is a JSON 404 naming it', async () => {
      const response = await callApi(workbench, 'DELETE', '/api/forms?x=1');
      expect([response.status, response.contentType, response.body]).toEqual([404, 'application/json; charset=utf-8', { error: 'no route DELETE /api/forms' }]);
    });

    it('a failure inside the server is a JSON 500 with no stack trace, SQL or database message', async () => {
      await withConnection(workbench.context.db, (conn) => conn.query('ALTER TABLE forms RENAME TO forms_elsewhere'));
      try {
        const response = await callApi(workbench, 'GET', '/api/search?q=cat');
        expect([response.status, response.body]).toEqual([500, { error: 'internal error: the server could not complete the request; its log has the details' }]);
      } finally {
        await withConnection(workbench.context.db, (conn) => conn.query('ALTER TABLE forms_elsewhere RENAME TO forms'));
      }
    });
  });
}
