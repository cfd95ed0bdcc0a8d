import { request } from 'node:http';
import { withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { startTestWorkbench } from './support/start-test-workbench';
import { waitUntil } from './support/wait-until';

const AFF = 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n';
const DIC = '2\ndog/S\nhorse/S\n';

function hunspellUpload(fields: Record<string, string>, files: Record<string, [string, string | Uint8Array]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, [filename, text]] of Object.entries(files)) form.append(name, new Blob([text]), filename);
  return form;
}

for (const dialect of TEST_DIALECTS) {
  describe(`POST /api/import on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { limits: { uploadFileBytes: 1000 } });
    });
    afterAll(() => workbench.close());

    const upload = (form: FormData | string, headers: Record<string, string> = {}) => callApi(workbench, 'POST', '/api/import', { body: form, headers });
    const words = async (prefix: string) => (await callApi(workbench, 'GET', `/api/search?q=${prefix}`)).body.forms.map((f: { form: string }) => f.form);

    it('will not replace a non-empty lexicon unless asked to', async () => {
      const response = await upload(hunspellUpload({ format: 'hunspell' }, { aff: ['small.aff', AFF], dic: ['small.dic', DIC] }));
      expect([response.status, response.body]).toEqual([409, { error: 'the lexicon has 5 lexemes; an import replaces them all: send the field replace=true to confirm' }]);
      expect(await words('cat')).toContain('cats');
    });

    it('imports a Hunspell pair with replace=true, reports its progress, then the forms are computed', async () => {
      const events = await openEventStream(workbench);
      try {
        const response = await upload(hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF], dic: ['small.dic', DIC] }));
        expect([response.status, response.body]).toEqual([202, { source: 'small.aff + small.dic', format: 'hunspell', patterns: 2, lexemes: 2 }]);
        const stored = await events.next((e) => e.name === 'import' && e.data.state === 'stored');
        expect(stored.data).toEqual({ state: 'stored', source: 'small.aff + small.dic', patterns: 2, lexemes: 2 });
        expect(events.received.filter((e) => e.name === 'import').map((e) => e.data.state)).toEqual(['storing', 'storing', 'stored']);
      } finally {
        await events.close();
      }
      await waitUntil(async () => ((await words('horse')).length > 0 ? true : undefined), 'the forms of the imported lexicon');
      expect(await words('horse')).toEqual(['horse', 'horses']);
      expect(await words('dog')).toEqual(['dog', 'dogs']);
      expect(await words('cat')).toEqual([]);
    });

    it('rejects what is not a dictionary upload with a message: 400, 413, 415', async () => {
      const answers = [
        await upload(hunspellUpload({ format: 'hunspell', replace: 'true', strict: 'true' }, { aff: ['bad.aff', 'SFX S Y one\n'], dic: ['bad.dic', DIC] })),
        await upload(hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF], dic: ['big.dic', `2\n${'x'.repeat(2000)}\n`] })),
        await upload(hunspellUpload({ format: 'myspell', replace: 'true' }, { aff: ['small.aff', AFF] })),
        await upload(hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF] })),
        await upload(hunspellUpload({ format: 'apertium', replace: 'true' }, { dix: ['bad.dix', '<dictionary><pardefs>'] })),
        await upload(hunspellUpload({ format: 'apertium', replace: 'true' }, { dix: ['latin1.dix', Buffer.from('<dictionary>\n<e><i>caf\xe9</i></e></dictionary>\n', 'latin1')] })),
        await upload(hunspellUpload({ format: 'hunspell', replace: 'true', other: 'x' }, {})),
        await upload('{"format": "hunspell"}', { 'content-type': 'application/json' }),
      ];
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [400, { error: 'bad.aff:1: "SFX S Y one" is no SFX class header (its rule count "one" is no positive number) and no rule of the class before it; libhunspell reads no further (bad.aff from line 1 on is ignored); write the header "SFX S Y|N number_of_rules" first, or correct the count of the class above' }],
        [413, { error: 'an uploaded file is larger than the limit of 1000 bytes' }],
        [400, { error: 'field "format" is "myspell"; use "hunspell" or "apertium"' }],
        [400, { error: 'a hunspell import needs the file(s) "aff" and "dic"; missing: dic' }],
        [400, { error: 'bad.dix:1:22: XML: unclosed tag: pardefs, inside <pardefs> opened at line 1: the file is not well-formed XML' }],
        [
          400,
          {
            error:
              'latin1.dix:2:10: byte 0xE9 is not UTF-8, and the file declares no other encoding, so lt-expand refuses it too; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or declare the encoding it is in, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>',
          },
        ],
        [400, { error: 'unexpected field "other"; the fields are format, replace, strict' }],
        [415, { error: 'send the dictionary as multipart/form-data: a "format" field and the files "aff" + "dic" (hunspell) or "dix" (apertium)' }],
      ]);
      expect(await words('horse')).toEqual(['horse', 'horses']);
    });
  });
}

describe('POST /api/import on postgres, two uploads at once', () => {
  let workbench: Workbench;
  beforeAll(async () => {
    workbench = await startTestWorkbench('postgres', `${__filename}-together`);
  });
  afterAll(() => workbench.close());

  it('an upload that ends while another import runs is refused with 409, not failed', async () => {
    const boundary = 'paradigm-test-boundary';
    const field = (name: string, value: string, filename?: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n${value}\r\n`;
    // The first import waits for the queue, held here, so it is still running when the second upload ends.
    await withConnection(workbench.context.db, (conn) =>
      conn.transaction(async (tx) => {
        await tx.query('LOCK TABLE recompute_queue IN ROW EXCLUSIVE MODE');
        const url = new URL(`${workbench.url}/api/import`);
        const second = request(url, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
        const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
          second.on('response', (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode!, body }));
          });
          second.on('error', reject);
        });
        // Its handler starts (and finds no import running) on the first part.
        second.write(field('format', 'hunspell') + field('replace', 'true'));
        await new Promise((resolve) => setTimeout(resolve, 100));
        const first = await callApi(workbench, 'POST', '/api/import', { body: hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF], dic: ['small.dic', DIC] }) });
        expect(first.status).toBe(202);
        second.end(field('aff', AFF, 'other.aff') + field('dic', DIC, 'other.dic') + `--${boundary}--\r\n`);
        const refused = await answer;
        expect([refused.status, JSON.parse(refused.body)]).toEqual([409, { error: 'an import is already running; wait for it to finish (GET /api/status shows its progress)' }]);
      }),
    );
    await waitUntil(async () => ((await callApi(workbench, 'GET', '/api/status')).body.import?.state === 'stored' ? true : undefined), 'the first import stored');
  });

  it('a body that is not well-formed multipart is refused with 400', async () => {
    const answers = [
      await callApi(workbench, 'POST', '/api/import', { body: '--x\r\nContent-Disposition: form-data; name="format"\r\n\r\nhunspell\r\n--x--\r\n', headers: { 'content-type': 'multipart/form-data' } }),
      await callApi(workbench, 'POST', '/api/import', { body: '--x\r\nContent-Disposition: form-data; name="format"\r\n\r\nhunsp', headers: { 'content-type': 'multipart/form-data; boundary=x' } }),
    ];
    const refused = (cause: string) => ({ error: `the upload is not well-formed multipart/form-data (${cause}); send it as a form, e.g. curl -F format=hunspell -F aff=@x.aff -F dic=@x.dic` });
    expect(answers.map((a) => [a.status, a.body])).toEqual([[400, refused('Multipart: Boundary not found')], [400, refused('Unexpected end of multipart data')]]);
  });
});
