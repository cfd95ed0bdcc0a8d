import { withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`errors on ${dialect}`, () => {
    let workbench: Workbench;
    const internalErrors: string[] = [];
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, {
        onInternalError: (error, request) => internalErrors.push(`${request.method} ${request.url}: ${error.constructor.name}`),
      });
    });
    afterAll(() => workbench.close());

    it('an unknown route is a JSON 404 naming it', async () => {
      const response = await callApi(workbench, 'DELETE', '/api/forms?x=1');
      expect([response.status, response.contentType, response.body]).toEqual([404, 'application/json; charset=utf-8', { error: 'no route DELETE /api/forms' }]);
    });

    it('text the database cannot store, in a query, a path or a body, is a 400 naming where it is', async () => {
      const answers = [
        await callApi(workbench, 'GET', '/api/search?q=ca%00t'),
        await callApi(workbench, 'GET', '/api/patterns?prefix=%00'),
        await callApi(workbench, 'GET', '/api/patterns/no%00un'),
        await callApi(workbench, 'POST', '/api/patterns/check', { body: { name: 'noun', source: 'pattern noun\nrule => N;\u0000SG\n' } }),
      ];
      const nul = 'U+0000 (NUL), which PostgreSQL cannot store in text; remove it';
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [400, { error: `query parameter "q" holds ${nul}` }],
        [400, { error: `query parameter "prefix" holds ${nul}` }],
        [400, { error: `path parameter "name" holds ${nul}` }],
        [400, { error: `field "source" holds ${nul}` }],
      ]);
      expect(internalErrors).toEqual([]);
    });

    it('a failure inside the server is a JSON 500 with no stack trace, SQL or database message', async () => {
      await withConnection(workbench.context.db, (conn) => conn.query('ALTER TABLE forms RENAME TO forms_elsewhere'));
      try {
        const response = await callApi(workbench, 'GET', '/api/search?q=cat');
        expect([response.status, response.body]).toEqual([500, { error: 'internal error: the server could not complete the request; its log has the details' }]);
        expect(internalErrors).toEqual([expect.stringMatching(/^GET \/api\/search\?q=cat: \w+$/)]);
      } finally {
        await withConnection(workbench.context.db, (conn) => conn.query('ALTER TABLE forms_elsewhere RENAME TO forms'));
      }
    });
  });
}
