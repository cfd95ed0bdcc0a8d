import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { PATTERNS } from './support/small-lexicon';
import { startTestWorkbench } from './support/start-test-workbench';
import { versionOf } from './support/pattern-version';

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/patterns on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it('lists the patterns by name with how many lexemes take each, filtered by a name prefix', async () => {
      expect((await callApi(workbench, 'GET', '/api/patterns')).body).toEqual({
        patterns: [{ id: 2, name: 'case', lexemes: 0 }, { id: 1, name: 'noun', lexemes: 2 }, { id: 3, name: 'verb', lexemes: 3 }],
        more: false,
      });
      expect((await callApi(workbench, 'GET', '/api/patterns?prefix=n&limit=1')).body).toEqual({ patterns: [{ id: 1, name: 'noun', lexemes: 2 }], more: false });
      expect((await callApi(workbench, 'GET', '/api/patterns?limit=1&offset=1')).body).toEqual({ patterns: [{ id: 1, name: 'noun', lexemes: 2 }], more: true });
      expect((await callApi(workbench, 'GET', `/api/patterns?prefix=${encodeURIComponent("%' OR 1=1 --")}`)).body).toEqual({ patterns: [], more: false });
    });

    it('at the deepest offset the list pages to, says no more follow and why', async () => {
      const capped = await startTestWorkbench(dialect, `${__filename}-${dialect}-capped`, { limits: { searchOffset: 1 } });
      try {
        const pages = [
          await callApi(capped, 'GET', '/api/patterns?limit=1'),
          await callApi(capped, 'GET', '/api/patterns?limit=1&offset=1'),
          await callApi(capped, 'GET', '/api/patterns?prefix=c&limit=1&offset=1'),
        ];
        expect(pages.map((page) => [page.status, page.body])).toEqual([
          [200, { patterns: [{ id: 2, name: 'case', lexemes: 0 }], more: true }],
          [200, { patterns: [{ id: 1, name: 'noun', lexemes: 2 }], more: false, note: 'there are more patterns than the list pages through (offsets up to 1); type a prefix of their names to see them' }],
          [200, { patterns: [], more: false }],
        ]);
      } finally {
        await capped.close();
      }
    });

    it("gives a pattern with the lexemes to preview and the patterns it continues into, what the page compiles", async () => {
      const response = await callApi(workbench, 'GET', '/api/patterns/noun');
      expect([response.status, response.body]).toEqual([200, {
        id: 1, name: 'noun', source: PATTERNS[0].source, version: versionOf(PATTERNS[0].source), lexemes: 2,
        samples: [
          { id: 1, lemma: 'city', stem: null, root: null, gloss: null },
          { id: 2, lemma: 'cat', stem: null, root: null, gloss: null },
        ],
        continuations: [PATTERNS[1]],
      }]);
    });

    it('answers 404 for an unknown pattern and 400 for a bad query', async () => {
      const unknown = await callApi(workbench, 'GET', '/api/patterns/nope');
      expect([unknown.status, unknown.body]).toEqual([404, { error: 'no pattern named "nope"; GET /api/patterns lists them' }]);
      expect((await callApi(workbench, 'GET', '/api/patterns?limit=1000')).status).toBe(400);
    });
  });
}
