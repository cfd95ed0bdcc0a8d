import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { PATTERNS } from './support/small-lexicon';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`requests of the wrong shape, on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it('a method a route does not take is a 405 naming the ones it takes, in the Allow header too', async () => {
      const answers = await Promise.all([
        callApi(workbench, 'DELETE', '/api/patterns/verb'),
        callApi(workbench, 'POST', '/api/status?x=1'),
        callApi(workbench, 'GET', '/api/patterns/check'),
      ]);
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [405, { error: '/api/patterns/verb does not take DELETE; it takes GET, HEAD, PUT' }],
        [405, { error: '/api/status does not take POST; it takes GET, HEAD' }],
        // A GET of /api/patterns/check is a GET of the pattern named "check".
        [404, { error: 'no pattern named "check"; GET /api/patterns lists them' }],
      ]);
      const response = await fetch(`${workbench.url}/api/patterns/verb`, { method: 'DELETE' });
      expect(response.headers.get('allow')).toBe('GET, HEAD, PUT');
    });

    it('a path no route has stays a 404', async () => {
      const answer = await callApi(workbench, 'POST', '/api/nothing');
      expect([answer.status, answer.body]).toEqual([404, { error: 'no route POST /api/nothing' }]);
    });

    it('a JSON field of another type than its schema says is refused, not converted and stored', async () => {
      const before = (await callApi(workbench, 'GET', '/api/patterns/verb')).body.source;
      const answers = [
        await callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source: 123 } }),
        await callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source: true } }),
        await callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source: PATTERNS[2]!.source, version: 7 } }),
        await callApi(workbench, 'POST', '/api/patterns/check', { body: { name: 5, source: 'pattern x\n' } }),
      ];
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [400, { error: 'invalid request: body/source must be string' }],
        [400, { error: 'invalid request: body/source must be string' }],
        [400, { error: 'invalid request: body/version must be string' }],
        [400, { error: 'invalid request: body/name must be string' }],
      ]);
      expect((await callApi(workbench, 'GET', '/api/patterns/verb')).body.source).toBe(before);
    });
  });
}
