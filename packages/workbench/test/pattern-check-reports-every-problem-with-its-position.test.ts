import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

for (const dialect of TEST_DIALECTS) {
  describe(`POST /api/patterns/check on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { limits: { bodyBytes: 4096 } });
    });
    afterAll(() => workbench.close());

    const check = (body: unknown) => callApi(workbench, 'POST', '/api/patterns/check', { body });

    it('reports every problem of a malformed pattern with line and column, against the stored patterns', async () => {
      const source = 'pattern noun\nrule => N;SG\nrule sufix +s => N;PL\nrule suffix +es /[abc/ => N;PL\nrule => X extra\n';
      const response = await check({ name: 'noun', source });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        problems: [
          { severity: 'error', code: 'syntax', line: 3, column: 6, message: 'unknown operation "sufix"; did you mean "suffix"?' },
          { severity: 'error', code: 'syntax', line: 4, column: 17, message: 'the condition ends inside a class [; close it with ]' },
          { severity: 'error', code: 'syntax', line: 5, column: 11, message: 'unexpected text after the cell' },
        ],
      });
    });

    it('reports a continuation to a pattern that is not stored, naming the stored one it may mean', async () => {
      const response = await check({ name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +es => N;PL > cas\n' });
      expect(response.body).toEqual({
        problems: [
          { severity: 'error', code: 'unknown-continuation', line: 3, column: 27, message: 'continues with "cas", which is not among the patterns; add it or fix the name; did you mean "case"?' },
        ],
      });
    });

    it('finds nothing wrong with a pattern that continues into a stored one', async () => {
      const response = await check({ name: 'noun', source: "pattern noun\nrule => N;SG\nrule suffix +es => N;PL > case\n" });
      expect([response.status, response.body]).toEqual([200, { problems: [] }]);
    });

    it('says when the text does not define the pattern it is saved as', async () => {
      const response = await check({ name: 'noun', source: 'pattern verb\nrule => V\n' });
      expect(response.body).toEqual({
        problems: [{ severity: 'error', code: 'syntax', line: 1, column: 1, message: 'the text must define the one pattern "noun" (it defines "verb"); start it with "pattern noun"' }],
      });
    });

    it('rejects a body over the limit with 413, and a body of the wrong shape with 400, as JSON', async () => {
      const big = await check({ name: 'noun', source: `pattern noun\n${'# comment\n'.repeat(500)}` });
      expect([big.status, big.body]).toEqual([413, { error: 'the request body is larger than the limit of 4096 bytes' }]);
      for (const body of [{ name: 'noun' }, { source: 'x' }, { name: '', source: 'x' }, { name: 'noun', source: 'x', extra: 1 }, 'not json']) {
        const response = await check(body);
        expect([JSON.stringify(body), response.status, Object.keys(response.body ?? {})]).toEqual([JSON.stringify(body), 400, ['error']]);
      }
    });
  });
}
