import { MAX_NAME_BYTES } from '@paradigm/core';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

// A pattern name may be up to MAX_NAME_BYTES (1000) bytes of UTF-8, as `paradigm load` stores it: such
// a pattern is opened and saved through the URL too, percent-encoded at 3 characters a byte.
for (const dialect of TEST_DIALECTS) {
  describe(`the longest pattern names on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    it.each([
      ['101 ASCII characters', 'n'.repeat(101)],
      [`${MAX_NAME_BYTES} ASCII characters`, 'n'.repeat(MAX_NAME_BYTES)],
      [`${MAX_NAME_BYTES / 2} two-byte letters`, 'é'.repeat(MAX_NAME_BYTES / 2)],
    ])('a name of %s is saved and opened', async (_what, name) => {
      const path = `/api/patterns/${encodeURIComponent(name)}`;
      const source = `pattern ${name}\nrule => N;SG\n`;
      const saved = await callApi(workbench, 'PUT', path, { body: { source } });
      expect([saved.status, saved.body.name, saved.body.created]).toEqual([200, name, true]);
      const opened = await callApi(workbench, 'GET', path);
      expect([opened.status, opened.body.name, opened.body.source]).toEqual([200, name, source]);
    });

    it('a name one byte longer is refused by the check, with the parser\'s reason', async () => {
      const name = 'n'.repeat(MAX_NAME_BYTES + 1);
      const response = await callApi(workbench, 'POST', '/api/patterns/check', { body: { name: 'x', source: `pattern ${name}\nrule => N;SG\n` } });
      expect([response.status, response.body.problems[0].message]).toEqual([
        200,
        `the name is ${MAX_NAME_BYTES + 1} bytes long in UTF-8, longer than the ${MAX_NAME_BYTES} a pattern name may have (the database indexes names); shorten it`,
      ]);
    });
  });
}
