import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { PATTERNS } from './support/small-lexicon';
import { startTestWorkbench } from './support/start-test-workbench';

// A Latin-1 "é" (byte 0xE9) in a JSON body: refused where it is, not stored as U+FFFD.
const BEFORE = '{"source":"pattern noun\\nrule => N;SG;caf';
const LATIN1_BODY = Buffer.concat([Buffer.from(BEFORE), Buffer.from([0xe9]), Buffer.from('\\n"}')]);
const REFUSAL = `the request body is not UTF-8: byte 0xE9 at offset ${BEFORE.length} (line 1, column ${BEFORE.length + 1}) is not UTF-8; send the JSON encoded as UTF-8`;

for (const dialect of TEST_DIALECTS) {
  describe(`a JSON body that is not UTF-8, on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    const send = (method: string, path: string, body: Uint8Array) => callApi(workbench, method, path, { body, headers: { 'content-type': 'application/json' } });

    it('is refused with 400 naming the byte and its offset, and nothing is stored', async () => {
      const answers = [await send('PUT', '/api/patterns/noun', LATIN1_BODY), await send('POST', '/api/patterns/check', LATIN1_BODY)];
      expect(answers.map((a) => [a.status, a.body])).toEqual([[400, { error: REFUSAL }], [400, { error: REFUSAL }]]);
      expect((await callApi(workbench, 'GET', '/api/patterns/noun')).body.source).toBe(PATTERNS[0]!.source);
    });

    it('a body cut inside a character is refused the same way; the same text in UTF-8 is read', async () => {
      const cut = await send('POST', '/api/patterns/check', Buffer.from([0x7b, 0xc3]));
      expect([cut.status, cut.body]).toEqual([400, { error: 'the request body is not UTF-8: byte 0xC3 at offset 1 (line 1, column 2) is not UTF-8; send the JSON encoded as UTF-8' }]);
      const utf8 = await send('POST', '/api/patterns/check', Buffer.from(JSON.stringify({ name: 'noun', source: 'pattern noun\nrule => N;SG;café\n' })));
      expect([utf8.status, utf8.body]).toEqual([200, { problems: [] }]);
    });
  });
}
