import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { versionOf } from './support/pattern-version';
import { startTestWorkbench } from './support/start-test-workbench';

// "é" spelt e + U+0301 (NFD) in the URL is the pattern the parser reads "é" (NFC) as, from any source.
const NFC = '\u00e9';
const NFD = 'e\u0301';

for (const dialect of TEST_DIALECTS) {
  describe(`a pattern name in NFD in the URL, on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it('is saved, checked and opened as its NFC name', async () => {
      const source = `pattern ${NFD}\nrule => N;SG\n`;
      const saved = await callApi(workbench, 'PUT', `/api/patterns/${encodeURIComponent(NFD)}`, { body: { source } });
      expect([saved.status, saved.body]).toEqual([200, { id: 4, name: NFC, created: true, changed: true, version: versionOf(source), queueEvent: expect.any(Number) }]);
      const checked = await callApi(workbench, 'POST', '/api/patterns/check', { body: { name: NFD, source: `pattern ${NFC}\nrule => N;PL\n` } });
      expect([checked.status, checked.body]).toEqual([200, { problems: [] }]);
      for (const spelt of [NFD, NFC]) {
        const opened = await callApi(workbench, 'GET', `/api/patterns/${encodeURIComponent(spelt)}`);
        expect([opened.status, opened.body.name, opened.body.source]).toEqual([200, NFC, source]);
      }
    });
  });
}
