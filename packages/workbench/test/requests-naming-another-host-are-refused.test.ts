import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { resolveOptions, WorkbenchConfigError, type Workbench } from '../src';
import { callApi } from './support/call-api';
import { callWithHost } from './support/call-with-host';
import { startTestWorkbench } from './support/start-test-workbench';
import { versionOf } from './support/pattern-version';

const TOKEN = 'a-token-of-32-characters-or-more';
const NEW_PATTERN = { source: 'pattern newpat\nrule => N;SG\n' };

const refusal = (given: string, allowed: string) =>
  `refused: the Host "${given}" is not this server's; it answers to ${allowed}. ` +
  'Open the workbench at one of those (a page of another site that reaches it under its own name is refused: DNS rebinding).';

for (const dialect of TEST_DIALECTS) {
  describe(`the Host header on ${dialect}`, () => {
    describe('bound to 127.0.0.1', () => {
      let workbench: Workbench;
      let port: string;
      let loopback: string;
      beforeAll(async () => {
        workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
        port = new URL(workbench.url).port;
        loopback = `localhost:${port}, 127.0.0.1:${port}, [::1]:${port}`;
      });
      afterAll(() => workbench.close());

      it('a write naming another host (DNS rebinding: Origin and Host agree) is refused with 403, and nothing is stored', async () => {
        const evil = `evil.com:${port}`;
        const response = await callWithHost(workbench, 'PUT', '/api/patterns/newpat', evil, { body: NEW_PATTERN, headers: { origin: `http://${evil}` } });
        expect([response.status, response.body]).toEqual([403, { error: refusal(evil, loopback) }]);
        expect((await callApi(workbench, 'GET', '/api/patterns/newpat')).status).toBe(404);
      });

      it('reads naming another host, or a loopback name at another port, are refused with 403 too', async () => {
        const answers = [
          await callWithHost(workbench, 'GET', '/api/search?q=cat', 'evil.com'),
          await callWithHost(workbench, 'GET', '/api/status', `evil.com:${port}`),
          await callWithHost(workbench, 'GET', '/', `127.0.0.1:${Number(port) + 1}`),
          await callWithHost(workbench, 'GET', '/api/status', `evil@127.0.0.1:${port}`),
        ];
        expect(answers.map((a) => [a.status, a.body])).toEqual([
          [403, { error: refusal('evil.com', loopback) }],
          [403, { error: refusal(`evil.com:${port}`, loopback) }],
          [403, { error: refusal(`127.0.0.1:${Number(port) + 1}`, loopback) }],
          [403, { error: refusal(`evil@127.0.0.1:${port}`, loopback) }],
        ]);
      });

      it('every loopback name with the server\'s port is answered, a write too', async () => {
        for (const host of [`localhost:${port}`, `LocalHost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
          expect([host, (await callWithHost(workbench, 'GET', '/api/search?q=cat', host)).status]).toEqual([host, 200]);
        }
        const saved = await callWithHost(workbench, 'PUT', '/api/patterns/newpat', `localhost:${port}`, { body: NEW_PATTERN, headers: { origin: `http://localhost:${port}` } });
        expect([saved.status, saved.body]).toEqual([200, { id: 4, name: 'newpat', created: true, changed: true, version: versionOf(NEW_PATTERN.source), queueEvent: expect.any(Number) }]);
      });
    });

    it('bound to another address, it answers to that address as well', async () => {
      const workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}-127.0.0.2`, { host: '127.0.0.2' });
      try {
        const port = new URL(workbench.url).port;
        expect((await callWithHost(workbench, 'GET', '/api/status', `127.0.0.2:${port}`)).status).toBe(200);
        const refused = await callWithHost(workbench, 'GET', '/api/status', `evil.com:${port}`);
        expect([refused.status, refused.body]).toEqual([403, { error: refusal(`evil.com:${port}`, `localhost:${port}, 127.0.0.1:${port}, [::1]:${port}, 127.0.0.2:${port}`) }]);
      } finally {
        await workbench.close();
      }
    });

    it('bound to every interface (with a token), it answers to any IP address but to no other name', async () => {
      const workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}-any`, { host: '0.0.0.0', token: TOKEN });
      try {
        const port = new URL(workbench.url).port;
        for (const host of [`192.0.2.7:${port}`, `[2001:db8::7]:${port}`, `localhost:${port}`]) {
          expect([host, (await callWithHost(workbench, 'GET', '/api/status', host)).status]).toEqual([host, 200]);
        }
        const refused = await callWithHost(workbench, 'GET', '/api/status', `evil.com:${port}`);
        expect([refused.status, refused.body]).toEqual([
          403,
          { error: refusal(`evil.com:${port}`, `localhost:${port}, 127.0.0.1:${port}, [::1]:${port}, or any IP address of this machine with port ${port}`) },
        ]);
      } finally {
        await workbench.close();
      }
    });

    it('bound to every interface, it answers to the names it is allowed besides, in any case, and to no other', async () => {
      const workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}-allowed`, {
        host: '0.0.0.0', token: TOKEN, allowedHosts: ['Lexicon.Example.org', '[2001:db8::9]'],
      });
      try {
        const port = new URL(workbench.url).port;
        for (const host of [`lexicon.example.org:${port}`, `LEXICON.example.ORG:${port}`, `[2001:db8::9]:${port}`]) {
          expect([host, (await callWithHost(workbench, 'GET', '/api/status', host)).status]).toEqual([host, 200]);
        }
        const refused = await callWithHost(workbench, 'GET', '/api/status', `other.example.org:${port}`);
        expect([refused.status, refused.body]).toEqual([
          403,
          {
            error: refusal(
              `other.example.org:${port}`,
              `localhost:${port}, 127.0.0.1:${port}, [::1]:${port}, lexicon.example.org:${port}, [2001:db8::9]:${port}, or any IP address of this machine with port ${port}`,
            ),
          },
        ]);
      } finally {
        await workbench.close();
      }
    });
  });
}

describe('allowed hosts', () => {
  it('are bare names or addresses: one with a port, a path or a user is refused before the server starts', () => {
    expect(resolveOptions({ allowedHosts: ['paradigm.example.org', '192.0.2.7', '::1', '[2001:DB8::9]'] }, {}).allowedHosts).toEqual([
      'paradigm.example.org', '192.0.2.7', '[::1]', '[2001:db8::9]',
    ]);
    const refusal = (name: string) =>
      new WorkbenchConfigError(`allowed host ${JSON.stringify(name)} is not a host name or address; give a bare name such as paradigm.example.org or 192.0.2.7, without a port or path.`);
    for (const name of ['paradigm.example.org:8080', 'paradigm.example.org:80', 'example.org/page', 'me@example.org', '', 'two words']) {
      expect(() => resolveOptions({ allowedHosts: [name] }, {})).toThrow(refusal(name));
    }
  });
});
