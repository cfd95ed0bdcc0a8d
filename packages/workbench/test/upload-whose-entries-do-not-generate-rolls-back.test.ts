// An upload is imported as `paradigm import` imports: the lexicon and its forms in one transaction. An
// entry whose forms cannot be generated (past the lexicon's form limit here) rolls it all back: the old
// lexicon and forms stay, nothing is queued or recorded as failed, and the import names the entry (an
// Apertium one by where its <e> is).
import { readPatterns, setFormLimit, withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { startTestWorkbench } from './support/start-test-workbench';
import { waitUntil } from './support/wait-until';

/** `big/A` derives 6 forms, past the limit of 4 this test sets (the small lexicon's lexemes have at most 4). */
const AFF = 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\nSFX A Y 5\nSFX A 0 a .\nSFX A 0 b .\nSFX A 0 c .\nSFX A 0 d .\nSFX A 0 e .\n';
const DIC = '3\ndog/S\nbig/A\nhorse/S\n';
/** The same as Apertium: `big`'s entry (line 5, column 3) takes the pardef of 5 endings, past the limit of 4. */
const DIX = [
  '<dictionary>',
  '<pardefs><pardef n="n"><e><p><l>a</l><r>a</r></p></e><e><p><l>b</l><r>b</r></p></e><e><p><l>c</l><r>c</r></p></e><e><p><l>d</l><r>d</r></p></e><e><p><l>e</l><r>e</r></p></e></pardef>',
  '<pardef n="s"><e><p><l>s</l><r>s</r></p></e></pardef></pardefs>',
  '<section id="main" type="standard"><e><i>dog</i><par n="s"/></e>',
  '  <e lm="big"><i>big</i><par n="n"/></e>',
  '</section></dictionary>',
  '',
].join('\n');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: an upload with an entry that cannot be generated`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`);
      await setFormLimit(workbench.context.db, 4);
      // The new limit queues every pattern; the server's recompute loop computes them again.
      await waitUntil(async () => {
        const { queue } = (await callApi(workbench, 'GET', '/api/status')).body;
        return queue.queued === 0 && queue.patternChanges === 0 ? true : undefined;
      }, 'the lexicon recomputed under the limit');
    });
    afterAll(() => workbench.close());

    async function lexicon() {
      const db = workbench.context.db;
      const [lexemes, failures, queued] = await withConnection(db, async (conn) => [
        (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows,
        (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM recompute_failures')).rows[0]!.n,
        (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM recompute_queue')).rows[0]!.n,
      ]);
      return { patterns: await readPatterns(db), lexemes, forms: await formsInTable(db), failures, queued };
    }

    it('rolls back, names the entry, and leaves the old lexicon and forms as they were', async () => {
      const before = await lexicon();
      expect(before.lexemes.map((l) => l.lemma)).toEqual(['city', 'cat', 'walk', 'catch', "o'clock"]);
      expect(before.forms).toHaveLength(17);
      expect([before.failures, before.queued]).toEqual([0, 0]);
      const events = await openEventStream(workbench);
      const form = new FormData();
      form.append('format', 'hunspell');
      form.append('replace', 'true');
      form.append('aff', new Blob([AFF]), 'big.aff');
      form.append('dic', new Blob([DIC]), 'big.dic');
      try {
        const response = await callApi(workbench, 'POST', '/api/import', { body: form });
        expect([response.status, response.body]).toEqual([202, { source: 'big.aff + big.dic', format: 'hunspell', patterns: 3, lexemes: 3, importEvent: expect.any(Number) }]);
        const failed = await events.next((e) => e.name === 'import' && e.data.state !== 'storing');
        expect(failed.data).toEqual({
          state: 'failed',
          source: 'big.aff + big.dic',
          message:
            `the import rolled back, as lexemes of big.aff + big.dic could not be generated (1 failed): the old lexicon and forms are as they were in ${workbench.context.db.description}. ` +
            'Fix those entries in the dictionary and upload it again.',
          failures: [
            'big.dic:3: lexeme 2 "big", pattern "sfx:A" (id 3): more than 4 forms, the lexicon\'s form limit, so the generation stopped; look for continuations that multiply ' +
              '(each level multiplies the forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme',
          ],
        });
        // A progress event per batch: the first ends at the failing lexeme; after it the rest is generated
        // only to name other failures (its forms counted, not written).
        const storing = (lexemes: number, forms: number, failed: number) => ({ state: 'storing', source: 'big.aff + big.dic', lexemes, total: 3, forms, failed });
        expect(events.received.filter((e) => e.name === 'import').map((e) => e.data)).toEqual([storing(0, 0, 0), storing(1, 2, 1), storing(2, 4, 1), failed.data]);
        const status = (await callApi(workbench, 'GET', '/api/status')).body;
        expect([status.lexemes, status.forms, status.queue, status.import]).toEqual([5, 17, { queued: 0, patternChanges: 0, failed: 0 }, failed.data]);
      } finally {
        await events.close();
      }
      expect(await lexicon()).toEqual(before);
    });

    it('names an Apertium entry by the line and column of its <e>', async () => {
      const before = await lexicon();
      const events = await openEventStream(workbench);
      const form = new FormData();
      form.append('format', 'apertium');
      form.append('replace', 'true');
      form.append('dix', new Blob([DIX]), 'big.dix');
      try {
        expect((await callApi(workbench, 'POST', '/api/import', { body: form })).status).toBe(202);
        const failed = await events.next((e) => e.name === 'import' && e.data.state !== 'storing');
        expect([failed.data.state, failed.data.failures]).toEqual([
          'failed',
          [
            'big.dix:5:3: lexeme 2 "big", pattern "n" (id 1): more than 4 forms, the lexicon\'s form limit, so the generation stopped; look for continuations that multiply ' +
              '(each level multiplies the forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme',
          ],
        ]);
      } finally {
        await events.close();
      }
      expect(await lexicon()).toEqual(before);
    });
  });
}
