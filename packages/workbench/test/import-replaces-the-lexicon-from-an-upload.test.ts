import { request } from 'node:http';
import { withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { expectedFromDatabase, formsInTable } from '@paradigm/recompute/testing';
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
    const formsIndexes = () =>
      withConnection(workbench.context.db, async (conn) => (await conn.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'forms' ORDER BY indexname")).rows.map((r) => r.indexdef));

    it('will not replace a non-empty lexicon unless asked to', async () => {
      const response = await upload(hunspellUpload({ format: 'hunspell' }, { aff: ['small.aff', AFF], dic: ['small.dic', DIC] }));
      expect([response.status, response.body]).toEqual([409, { error: 'the lexicon has 5 lexemes; an import replaces them all: send the field replace=true to confirm' }]);
      expect(await words('cat')).toContain('cats');
    });

    it('will not replace a non-empty lexicon with a dictionary of no lexemes, even when asked to', async () => {
      const response = await upload(hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF], dic: ['empty.dic', '1\n'] }));
      expect([response.status, response.body]).toEqual([
        400,
        { error: `small.aff + empty.dic gives no lexemes, and importing it would empty the lexicon in ${workbench.context.db.description} (5 lexemes); nothing was changed. Check that this is the dictionary you meant` },
      ]);
      expect(await words('cat')).toContain('cats');
    });

    // One commit: when it is announced, the new lexicon's forms are all there, indexed, and nothing is queued.
    it('imports a Hunspell pair with replace=true, reporting its progress, and commits the lexicon with every form', async () => {
      const db = workbench.context.db;
      const indexesBefore = await formsIndexes();
      const events = await openEventStream(workbench);
      try {
        const response = await upload(hunspellUpload({ format: 'hunspell', replace: 'true' }, { aff: ['small.aff', AFF], dic: ['small.dic', DIC] }));
        expect([response.status, response.body]).toEqual([202, { source: 'small.aff + small.dic', format: 'hunspell', patterns: 2, lexemes: 2, importEvent: expect.any(Number) }]);
        const imported = await events.next((e) => e.name === 'import' && e.data.state === 'imported');
        expect(imported.data).toEqual({ state: 'imported', source: 'small.aff + small.dic', patterns: 2, lexemes: 2, forms: 4, patternsLeftOut: [] });
        expect(events.received.filter((e) => e.name === 'import').map((e) => e.data)).toEqual([
          { state: 'storing', source: 'small.aff + small.dic', lexemes: 0, total: 2, forms: 0, failed: 0 },
          { state: 'storing', source: 'small.aff + small.dic', lexemes: 2, total: 2, forms: 4, failed: 0 },
          imported.data,
        ]);
        const forms = await formsInTable(db);
        expect(forms).toEqual(['1|1||dog', '1|2||dogs', '2|1||horse', '2|2||horses']);
        expect(forms).toEqual(await expectedFromDatabase(db));
        expect(await formsIndexes()).toEqual(indexesBefore);
        const status = (await callApi(workbench, 'GET', '/api/status')).body;
        expect([status.lexemes, status.forms, status.queue, status.import]).toEqual([2, 4, { queued: 0, patternChanges: 0, failed: 0 }, imported.data]);
      } finally {
        await events.close();
      }
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
    // The first import waits for the lexicon, held here, so it is still running when the second upload ends.
    await withConnection(workbench.context.db, (conn) =>
      conn.transaction(async (tx) => {
        await tx.query('LOCK TABLE lexemes IN ACCESS SHARE MODE');
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
        // The status answers while the import holds the lexicon, with its progress in place of the counts.
        const status = await callApi(workbench, 'GET', '/api/status');
        expect([status.status, status.body]).toEqual([
          200,
          {
            lexemes: null,
            patterns: null,
            forms: null,
            queue: null,
            failures: [],
            formLimit: null,
            rebuild: null,
            database: workbench.context.db.description,
            recompute: 'in-process',
            writesNeedToken: false,
            import: { state: 'storing', source: 'small.aff + small.dic', lexemes: 0, total: 2, forms: 0, failed: 0 },
          },
        ]);
      }),
    );
    await waitUntil(async () => ((await callApi(workbench, 'GET', '/api/status')).body.import?.state === 'imported' ? true : undefined), 'the first import committed');
    expect(await formsInTable(workbench.context.db)).toEqual(['1|1||dog', '1|2||dogs', '2|1||horse', '2|2||horses']);
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
