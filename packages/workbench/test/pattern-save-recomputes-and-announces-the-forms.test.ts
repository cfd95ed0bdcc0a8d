import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { startTestWorkbench } from './support/start-test-workbench';
import { versionOf } from './support/pattern-version';

const EDITED_NOUN = 'pattern noun\nrule => N;SG\nrule suffix +es /[^sy]/ => N;PL > case\nrule suffix -y +ies /[^aeiou]y/ => N;PL > case\n';

for (const dialect of TEST_DIALECTS) {
  describe(`PUT /api/patterns/:name on ${dialect}, recompute in the server`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
    });
    afterAll(() => workbench.close());

    const save = (name: string, source: string) => callApi(workbench, 'PUT', `/api/patterns/${name}`, { body: { source } });

    it('stores the pattern, announces it, recomputes the lexemes that use it and says which', async () => {
      const events = await openEventStream(workbench);
      try {
        expect(events.contentType).toBe('text/event-stream; charset=utf-8');
        await events.next((e) => e.name === 'queue');
        const response = await save('noun', EDITED_NOUN);
        expect([response.status, response.body]).toEqual([200, { id: 1, name: 'noun', created: false, changed: true, version: versionOf(EDITED_NOUN), queueEvent: expect.any(Number) }]);
        expect((await events.next((e) => e.name === 'pattern')).data).toEqual({ id: 1, name: 'noun' });
        const forms = await events.next((e) => e.name === 'forms');
        expect(forms.data).toEqual({ lexemeIds: [1, 2] });
        await events.next((e) => e.name === 'queue' && e.data.queued === 0 && e.data.patternChanges === 0, events.received.indexOf(forms));
        // The answer names the depth read after the save's commit: a `queue` event sent before `pattern`.
        const named = events.received.findIndex((e) => e.id === response.body.queueEvent);
        expect([events.received[named]?.name, named < events.received.findIndex((e) => e.name === 'pattern')]).toEqual(['queue', true]);
        const ids = events.received.map((e) => e.id);
        expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
      } finally {
        await events.close();
      }
      const cat = await callApi(workbench, 'GET', '/api/lexemes/2');
      expect(cat.body.rows).toEqual([
        { cell: 'N;SG', forms: { noun: ['cat'] } },
        { cell: 'N;PL', forms: { noun: ['cates'] } },
        { cell: 'N;PL;NOM', forms: { noun: ['cates'] } },
        { cell: 'N;PL;GEN', forms: { noun: ["cates's"] } },
      ]);
    });

    it('saving the same text again changes nothing', async () => {
      const response = await save('noun', EDITED_NOUN);
      expect([response.status, response.body]).toEqual([200, { id: 1, name: 'noun', created: false, changed: false, version: versionOf(EDITED_NOUN), queueEvent: expect.any(Number) }]);
    });

    it('refuses a malformed pattern with 422 and its errors, and keeps the stored one', async () => {
      const response = await save('noun', 'pattern noun\nrule => N;SG\nrule sufix +s => N;PL\n');
      expect([response.status, response.body]).toEqual([422, {
        error: 'pattern "noun" was not saved: it has 1 error(s); fix them and save again',
        errors: [{ severity: 'error', code: 'syntax', line: 3, column: 6, message: 'unknown operation "sufix"; did you mean "suffix"?' }],
      }]);
      expect((await callApi(workbench, 'GET', '/api/patterns/noun')).body.source).toBe(EDITED_NOUN);
    });

    it('adds a pattern under a new name', async () => {
      const source = 'pattern adj\nrule => ADJ\nrule suffix +er => ADJ;CMPR\n';
      const response = await save('adj', source);
      expect([response.status, response.body]).toEqual([200, { id: 4, name: 'adj', created: true, changed: true, version: versionOf(source), queueEvent: expect.any(Number) }]);
    });

    it('of two saves made together that would close a cycle of continuations, stores one and refuses the other', async () => {
      expect((await save('adj', 'pattern adj\nrule => ADJ\nrule suffix +er => ADJ;CMPR\n')).status).toBe(200);
      expect((await save('adj2', 'pattern adj2\nrule suffix +est => ADJ;SUP\n')).status).toBe(200);
      const [first, second] = await Promise.all([
        save('adj', 'pattern adj\nrule => ADJ\nrule suffix +er => ADJ;CMPR > adj2\n'),
        save('adj2', 'pattern adj2\nrule suffix +est => ADJ;SUP > adj\n'),
      ]);
      const refused = [first, second].filter((response) => response.status === 422);
      expect([first, second].map((response) => response.status).sort()).toEqual([200, 422]);
      expect(refused[0]!.body.errors).toEqual([expect.objectContaining({ severity: 'error', code: 'cycle', message: expect.stringContaining('continuations form a cycle') })]);
      const stored = await Promise.all(['adj', 'adj2'].map(async (name) => (await callApi(workbench, 'GET', `/api/patterns/${name}`)).body.source as string));
      expect(stored.filter((source) => source.includes(' > '))).toHaveLength(1);
    });

    it('rejects a body over the limit, of the wrong shape, or not JSON', async () => {
      const responses = [
        await callApi(workbench, 'PUT', '/api/patterns/noun', { body: { source: `pattern noun\n${'#'.repeat(1024 * 1024)}\n` } }),
        await callApi(workbench, 'PUT', '/api/patterns/noun', { body: { text: 'pattern noun' } }),
        await callApi(workbench, 'PUT', '/api/patterns/noun', { body: '{"source": ', headers: { 'content-type': 'application/json' } }),
        await callApi(workbench, 'PUT', '/api/patterns/noun', { body: 'pattern noun', headers: { 'content-type': 'text/plain' } }),
      ];
      expect(responses.map((r) => [r.status, Object.keys(r.body)])).toEqual([[413, ['error']], [400, ['error']], [400, ['error']], [400, ['error']]]);
      for (const response of responses) expect(response.text).not.toMatch(/\n\s+at /);
    });
  });
}
