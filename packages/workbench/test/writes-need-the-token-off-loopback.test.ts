import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { resolveOptions, startWorkbench, type Workbench, WorkbenchConfigError } from '../src';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

const TOKEN = 'a-token-of-32-characters-or-more';
const SOURCE = 'pattern verb\nrule => V;INF\nrule suffix +s => V;PRS;3SG\n';

describe('the server refuses to start where writes would be open to others', () => {
  it('off loopback without a token, before opening the database', async () => {
    const open = { url: 'postgres://nobody@127.0.0.1:1/none' };
    await expect(startWorkbench({ host: '0.0.0.0', port: 0, open })).rejects.toThrow(
      new WorkbenchConfigError(
        'refusing to listen on 0.0.0.0 without a write token: anyone who reaches that address could change the lexicon. ' +
          'Set PARADIGM_WORKBENCH_TOKEN to a secret of at least 16 characters, or bind 127.0.0.1.',
      ),
    );
  });

  it('takes the token from the environment, and refuses one too short to be a secret', () => {
    expect(resolveOptions({ host: '0.0.0.0' }, { PARADIGM_WORKBENCH_TOKEN: TOKEN }).token).toBe(TOKEN);
    expect(() => resolveOptions({ host: '::', token: 'short' }, {})).toThrow('the write token is 5 characters long; use at least 16 (e.g. `openssl rand -hex 16`).');
    expect(() => resolveOptions({ host: '::', token: ' '.repeat(20) }, {})).toThrow(
      new WorkbenchConfigError('the write token is only white space; use a secret of at least 16 characters (e.g. `openssl rand -hex 16`).'),
    );
    for (const token of [`${TOKEN}\n`, ` ${TOKEN}`]) {
      expect(() => resolveOptions({ host: '::' }, { PARADIGM_WORKBENCH_TOKEN: token })).toThrow(
        new WorkbenchConfigError(
          'the write token starts or ends with white space, which HTTP drops from the Authorization header, so every write would be refused; ' +
            'remove it (a line break read from a file, say).',
        ),
      );
    }
    expect(resolveOptions({}, {}).host).toBe('127.0.0.1');
    expect(resolveOptions({ host: '127.0.0.2' }, {}).token).toBeUndefined();
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`with a token on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { token: TOKEN });
    });
    afterAll(() => workbench.close());

    const save = (headers: Record<string, string>) => callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source: SOURCE }, headers });

    it('a write without the header, with another scheme or a wrong token is refused with 401; nothing is stored', async () => {
      const answers = [await save({}), await save({ authorization: TOKEN }), await save({ authorization: `Bearer ${TOKEN}x` }), await save({ cookie: `token=${TOKEN}` })];
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [401, { error: 'this server needs a token for writes: send the header "Authorization: Bearer <token>"' }],
        [401, { error: 'wrong token: send the header "Authorization: Bearer <token>" with the token the server was started with' }],
        [401, { error: 'wrong token: send the header "Authorization: Bearer <token>" with the token the server was started with' }],
        [401, { error: 'this server needs a token for writes: send the header "Authorization: Bearer <token>"' }],
      ]);
      const upload = await callApi(workbench, 'POST', '/api/import', { body: new FormData() });
      expect(upload.status).toBe(401);
      expect((await callApi(workbench, 'GET', '/api/patterns/verb')).body.source).not.toBe(SOURCE);
    });

    it('a write with the bearer token goes through; reads and checks need none', async () => {
      expect((await save({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
      expect((await callApi(workbench, 'GET', '/api/search?q=walk')).status).toBe(200);
      expect((await callApi(workbench, 'POST', '/api/patterns/check', { body: { name: 'verb', source: SOURCE } })).status).toBe(200);
    });

    it('a write from a page of another origin is refused even with the token', async () => {
      const response = await save({ authorization: `Bearer ${TOKEN}`, origin: 'http://evil.example' });
      expect([response.status, response.body]).toEqual([403, { error: "writes from another origin (http://evil.example) are refused; use the workbench's own page" }]);
    });
  });
}
