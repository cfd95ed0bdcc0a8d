import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/lexemes/:id on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it("returns the lexeme and its stored forms, one row per cell in the rules' order, one column per pattern", async () => {
      const response = await callApi(workbench, 'GET', '/api/lexemes/1');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        lexeme: { id: 1, lemma: 'city', stem: null, root: null, gloss: null, patterns: ['noun'], queued: false, failure: null },
        rows: [
          { cell: 'N;SG', forms: { noun: ['city'] } },
          { cell: 'N;PL', forms: { noun: ['cities'] } },
          { cell: 'N;PL;NOM', forms: { noun: ['cities'] } },
          { cell: 'N;PL;GEN', forms: { noun: ["cities's"] } },
        ],
      });
    });

    it('answers 404 with a message for an unknown lexeme, 400 for an id that is not one', async () => {
      const unknown = await callApi(workbench, 'GET', '/api/lexemes/999');
      expect([unknown.status, unknown.body]).toEqual([404, { error: 'no lexeme with id 999; search for a form to find its lexeme' }]);
      for (const bad of ['0', 'abc', '1.5', '99999999999', "1'%20OR%20'1'='1"]) {
        const response = await callApi(workbench, 'GET', `/api/lexemes/${bad}`);
        expect([bad, response.status, Object.keys(response.body)]).toEqual([bad, 400, ['error']]);
      }
    });
  });
}
