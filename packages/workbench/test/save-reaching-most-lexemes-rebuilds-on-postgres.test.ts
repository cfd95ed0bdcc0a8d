import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { expectedFromDatabase, formsInTable } from '@paradigm/recompute/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { startTestWorkbench } from './support/start-test-workbench';

// The small lexicon has 5 lexemes: `verb` is taken by 3 of them (60%), `noun` by 2 (40%).
const REBUILD_FROM = { minimumLexemes: 3, share: 0.5 };
const EDITED_VERB = 'pattern verb\nrule => V;INF\nrule suffix +ed gloss +"<pst>" => V;PST\nrule suffix +ing => V;PTCP\nrule suffix +s => V;PRS;3SG\n';
const EDITED_NOUN = 'pattern noun\nrule => N;SG\nrule suffix +es /[^sy]/ => N;PL > case\nrule suffix -y +ies /[^aeiou]y/ => N;PL > case\n';

for (const dialect of TEST_DIALECTS) {
  describe(`a save whose queue reaches rebuildFrom, in-process recompute on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { rebuildFrom: REBUILD_FROM });
    });
    afterAll(() => workbench.close());

    const save = (name: string, source: string) => callApi(workbench, 'PUT', `/api/patterns/${name}`, { body: { source } });

    /** Saves, then waits for the queue to empty after the forms were written; resolves to the events from the save on. */
    async function saveAndDrain(name: string, source: string) {
      const events = await openEventStream(workbench);
      try {
        await events.next((e) => e.name === 'queue');
        const since = events.received.length;
        expect((await save(name, source)).status).toBe(200);
        const written = await events.next((e) => e.name === 'forms' || e.name === 'rebuilt', since);
        await events.next((e) => e.name === 'queue' && e.data.queued === 0 && e.data.patternChanges === 0, events.received.indexOf(written));
        return events.received.slice(since).filter((e) => ['forms', 'rebuilding', 'rebuilt'].includes(e.name)).map(({ name, data }) => ({ name, data }));
      } finally {
        await events.close();
      }
    }

    if (dialect === 'postgres') {
      it('rebuilds every form in one swap, announced as `rebuilding` then `rebuilt`, not batch by batch', async () => {
        const written = await saveAndDrain('verb', EDITED_VERB);
        expect(written).toEqual([{ name: 'rebuilding', data: {} }, { name: 'rebuilt', data: { lexemes: 5, forms: (await formsInTable(workbench.context.db)).length } }]);
        expect(await formsInTable(workbench.context.db)).toEqual(await expectedFromDatabase(workbench.context.db));
        const walk = await callApi(workbench, 'GET', '/api/lexemes/3');
        expect(walk.body.rows).toContainEqual({ cell: 'V;PRS;3SG', forms: { verb: ['walks'] } });
      });
    } else {
      it('keeps to batches: a rebuild would hold the one connection every request needs', async () => {
        const written = await saveAndDrain('verb', EDITED_VERB);
        expect(written).toEqual([{ name: 'forms', data: { lexemeIds: [3, 4, 5] } }]);
        expect(await formsInTable(workbench.context.db)).toEqual(await expectedFromDatabase(workbench.context.db));
      });
    }

    it('drains a queue below the threshold batch by batch', async () => {
      const written = await saveAndDrain('noun', EDITED_NOUN);
      expect(written).toEqual([{ name: 'forms', data: { lexemeIds: [1, 2] } }]);
      expect(await formsInTable(workbench.context.db)).toEqual(await expectedFromDatabase(workbench.context.db));
    });
  });
}
