import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { versionOf } from './support/pattern-version';
import { PATTERNS } from './support/small-lexicon';
import { startTestWorkbench } from './support/start-test-workbench';

const FIRST = 'pattern verb\nrule => V;INF\nrule suffix +s => V;PRS;3SG\n';
const SECOND = 'pattern verb\nrule => V;INF\nrule suffix +ing => V;PTCP\n';

for (const dialect of TEST_DIALECTS) {
  describe(`PUT /api/patterns/:name with the version it was opened at, on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    const save = (name: string, body: { source: string; version?: string }) => callApi(workbench, 'PUT', `/api/patterns/${name}`, { body });

    it('of two clients that opened one version, stores the first save and refuses the second with 409', async () => {
      const opened = (await callApi(workbench, 'GET', '/api/patterns/verb')).body.version;
      expect(opened).toBe(versionOf(PATTERNS[2]!.source));
      const first = await save('verb', { source: FIRST, version: opened });
      expect([first.status, first.body]).toEqual([200, { id: 3, name: 'verb', created: false, changed: true, version: versionOf(FIRST), queueEvent: expect.any(Number) }]);
      const second = await save('verb', { source: SECOND, version: opened });
      expect([second.status, second.body]).toEqual([409, {
        error: 'pattern "verb" was not saved: it changed since it was opened (another save stored other text); reload it to see that text, then make your change again',
        conflict: 'changed',
      }]);
      expect((await callApi(workbench, 'GET', '/api/patterns/verb')).body.source).toBe(FIRST);
    });

    it('stores a save given the current version, and one given none as before', async () => {
      const current = await save('verb', { source: SECOND, version: versionOf(FIRST) });
      expect([current.status, current.body.version]).toEqual([200, versionOf(SECOND)]);
      const unversioned = await save('verb', { source: FIRST });
      expect([unversioned.status, unversioned.body.version]).toEqual([200, versionOf(FIRST)]);
    });

    it('refuses with 409 a save given a version of a pattern that is no longer stored', async () => {
      const response = await save('gone', { source: 'pattern gone\nrule => N\n', version: versionOf('pattern gone\nrule => X\n') });
      expect([response.status, response.body]).toEqual([409, {
        error: 'pattern "gone" was not saved: it was deleted since it was opened (a load or import replaced the patterns); reload to see what is stored',
        conflict: 'deleted',
      }]);
      expect((await callApi(workbench, 'GET', '/api/patterns/gone')).status).toBe(404);
    });
  });
}
