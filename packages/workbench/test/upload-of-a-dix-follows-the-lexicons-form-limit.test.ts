// A .dix whose pardefs are used twice in series at every level of a deep nesting is refused as it is
// read once it passes the form limit; the upload reads it under the lexicon's own limit, as
// `paradigm import apertium` does.
import { doubledDix } from '@paradigm/lexicons/testing';
import { setFormLimit } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { startTestWorkbench } from './support/start-test-workbench';

function dixUpload(text: string): FormData {
  const form = new FormData();
  form.append('format', 'apertium');
  form.append('replace', 'true');
  form.append('dix', new Blob([text]), 'doubled.dix');
  return form;
}

for (const dialect of TEST_DIALECTS) {
  describe(`POST /api/import of a deeply doubled .dix on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());
    const upload = () => callApi(workbench, 'POST', '/api/import', { body: dixUpload(doubledDix(16)) });

    it('is refused under the default limit, naming the pardef', async () => {
      const response = await upload();
      expect([response.status, response.body]).toEqual([
        400,
        {
          error:
            'doubled.dix:19:1: <pardef n="r0">: pardef "r0" derives more than 100000 forms, counting the partial forms its nested pardefs pass on, ' +
            'past the limit for one entry. Pardefs used one after another multiply them at each level of nesting.',
        },
      ]);
    });

    it('is imported under a lexicon limit above its derivations', async () => {
      await setFormLimit(workbench.context.db, 200_000);
      const events = await openEventStream(workbench);
      try {
        const response = await upload();
        expect([response.status, response.body]).toEqual([202, { source: 'doubled.dix', format: 'apertium', patterns: 2 ** 17 - 1, lexemes: 1, importEvent: expect.any(Number) }]);
        const imported = await events.next((e) => e.name === 'import' && e.data.state !== 'storing');
        expect(imported.data).toMatchObject({ state: 'imported', lexemes: 1, forms: 1 });
      } finally {
        await events.close();
      }
    });
  });
}
