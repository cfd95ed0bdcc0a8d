import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/search on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    const search = (query: string) => callApi(workbench, 'GET', `/api/search?${query}`);

    it('returns the forms starting with the prefix, by form, with lexeme, cell, pattern and analysis', async () => {
      const response = await search('q=cat');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        query: 'cat',
        offset: 0,
        more: false,
        forms: [
          { form: 'cat', lexemeId: 2, lemma: 'cat', cell: 'N;SG', patternId: 1, pattern: 'noun', analysis: 'cat' },
          { form: 'catch', lexemeId: 4, lemma: 'catch', cell: 'V;INF', patternId: 3, pattern: 'verb', analysis: 'catch' },
          { form: 'catched', lexemeId: 4, lemma: 'catch', cell: 'V;PST', patternId: 3, pattern: 'verb', analysis: 'catch<pst>' },
          { form: 'catching', lexemeId: 4, lemma: 'catch', cell: 'V;PTCP', patternId: 3, pattern: 'verb', analysis: 'catch' },
          { form: 'cats', lexemeId: 2, lemma: 'cat', cell: 'N;PL', patternId: 1, pattern: 'noun', analysis: 'cat' },
          { form: 'cats', lexemeId: 2, lemma: 'cat', cell: 'N;PL;NOM', patternId: 1, pattern: 'noun', analysis: 'cat' },
          { form: "cats's", lexemeId: 2, lemma: 'cat', cell: 'N;PL;GEN', patternId: 1, pattern: 'noun', analysis: 'cat' },
        ],
      });
    });

    it('pages with limit and offset, and says whether more follow', async () => {
      const first = (await search('q=cat&limit=2')).body;
      const second = (await search('q=cat&limit=2&offset=2')).body;
      const third = (await search('q=cat&limit=2&offset=4')).body;
      const last = (await search('q=cat&limit=2&offset=6')).body;
      expect([first, second, third, last].map((page) => [page.forms.map((f: { form: string }) => f.form), page.more])).toEqual([
        [['cat', 'catch'], true],
        [['catched', 'catching'], true],
        [['cats', 'cats'], true],
        [["cats's"], false],
      ]);
    });

    it('at the deepest offset a search pages to, says no more follow and why', async () => {
      const capped = await startTestWorkbench(dialect, `${__filename}-${dialect}-capped`, { limits: { searchOffset: 4 } });
      try {
        const pages = [await callApi(capped, 'GET', '/api/search?q=cat&limit=2&offset=2'), await callApi(capped, 'GET', '/api/search?q=cat&limit=2&offset=4')];
        expect(pages.map((page) => [page.status, page.body.forms.length, page.body.more, page.body.note])).toEqual([
          [200, 2, true, undefined],
          [200, 2, false, 'more forms start with "cat" than a search pages through (offsets up to 4); type a longer prefix to see them'],
        ]);
      } finally {
        await capped.close();
      }
    });

    it('treats SQL and LIKE metacharacters as text', async () => {
      const hits = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).body.forms.map((f: { form: string }) => f.form);
      expect(await hits("o'")).toEqual(["o'clock", "o'clocked", "o'clocking"]);
      expect(await hits("'; DROP TABLE forms; --")).toEqual([]);
      expect(await hits('%')).toEqual([]);
      expect(await hits('_at')).toEqual([]);
      expect(await hits('c\\')).toEqual([]);
      expect((await search('q=c')).body.forms).toHaveLength(11);
    });

    it('rejects a missing or empty prefix, and limits out of range, with a JSON message', async () => {
      const responses = await Promise.all(['', 'q=', 'q=a&limit=0', 'q=a&limit=201', 'q=a&offset=-1', 'q=a&offset=10001', 'q=a&limit=x', 'q=a&other=1'].map(search));
      expect(responses.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400]);
      for (const response of responses) {
        expect(Object.keys(response.body)).toEqual(['error']);
        expect(response.body.error).toMatch(/^invalid request: querystring/);
      }
    });
  });
}
