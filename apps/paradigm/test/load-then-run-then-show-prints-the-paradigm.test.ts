import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { EXAMPLES_FAILURE, queued, withoutTimings } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm load docs/examples, then run, then show prints each paradigm in the author's order`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('loads every pattern and lexeme and queues them all', async () => {
      const io = capture(db);
      expect(await main(['load', ...FILES, '--progress', 'lines'], io)).toBe(0);
      // Progress by lexemes (JSON lines off a terminal): the total from the file, then every lexeme loaded
      // (a slow load reports progress between the two).
      const events = io.err().split('\n').filter((line) => line.startsWith('{'));
      expect([JSON.parse(events[0]!), JSON.parse(events[events.length - 1]!)]).toEqual([
        expect.objectContaining({ event: 'start', label: 'load', lexemes: 0, total: 15 }),
        expect.objectContaining({ event: 'done', label: 'load', lexemes: 15, total: 15 }),
      ]);
      expect(io.err().replace(/^(\{.*\}\n)+/, '')).toBe(
        `paradigm: loaded into ${db.description}\n` +
          '  patterns: 8 added, 0 changed, 0 unchanged\n' +
          '  lexemes:  15 added, 0 changed, 0 unchanged\n' +
          '  queued for recompute: 15 lexemes, 8 pattern changes; compute their forms with:\n' +
          '    paradigm run\n',
      );
      expect(await queued(db)).toEqual({
        lexemes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        patterns: ['en-ee', 'en-noun', 'en-past', 'en-strong', 'en-verb', 'tesh-noun', 'tesh-person', 'tesh-verb'],
      });
    });

    it('run computes the forms of everything load queued, lists the lexeme that fails, and empties the queue', async () => {
      const io = capture(db);
      expect(await main(['run', '--progress', 'none'], io)).toBe(1);
      expect(withoutTimings(io.err())).toBe(
        `paradigm: run: 14 lexemes, 60 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 1000, concurrency ${dialect === 'pglite' ? 1 : 2}; ${db.description}\n` +
          EXAMPLES_FAILURE,
      );
      expect(await queued(db)).toEqual({ lexemes: [], patterns: [] });
    });

    it('shows a paradigm as cells x patterns, continuations in place, once the forms are computed', async () => {
      const io = capture(db);
      expect(await main(['show', 'katab'], io)).toBe(0);
      expect(io.out()).toBe(
        [
          'katab (lexeme 1; root k-t-b; gloss write)',
          'cell         tesh-verb',
          'V;IPFV       katāb',
          'V;IPFV;1;SG  katābu',
          'V;IPFV;2;SG  katābta',
          'V;IPFV;3;SG  katāb',
          'V;PFV        kitāb',
          'V;PFV;1;SG   kitābu',
          'V;PFV;2;SG   kitābta',
          'V;PFV;3;SG   kitāb',
          'V;PTCP       muktīb',
          'V;ITER       kakatāb',
          '',
        ].join('\n'),
      );
    });

    it('puts each pattern in its own column, and an id works as well as a lemma', async () => {
      const io = capture(db);
      expect(await main(['show', '14'], io)).toBe(0);
      expect(io.out()).toBe(
        [
          'sing (lexeme 14)',
          'cell          en-verb  en-strong',
          'V;NFIN        sing     -',
          'V;PRS;3;SG    sings    -',
          'V;V.PTCP;PRS  singing  -',
          'V;PST         -        sang',
          'V;V.PTCP;PST  -        sung',
          '',
        ].join('\n'),
      );
    });

    it('loading the same files again writes nothing and queues nothing', async () => {
      const io = capture(db);
      expect(await main(['load', ...FILES, '--progress', 'none'], io)).toBe(0);
      expect(io.err()).toBe(
        `paradigm: loaded into ${db.description}\n  patterns: 0 added, 0 changed, 8 unchanged\n  lexemes:  0 added, 0 changed, 15 unchanged\n  nothing to recompute\n`,
      );
      expect(await queued(db)).toEqual({ lexemes: [], patterns: [] });
    });

    it('prints JSON with --json, and exits 1 naming the key when no lexeme has it', async () => {
      const json = capture(db);
      expect(await main(['show', 'city', '--json'], json)).toBe(0);
      expect(JSON.parse(json.out())).toEqual([
        {
          id: 5, lemma: 'city', stem: null, root: null, gloss: null, patterns: ['en-noun'], queued: false, failure: null,
          forms: [
            { pattern: 'en-noun', cell: 'N;SG', form: 'city', analysis: 'city<n><sg>' },
            { pattern: 'en-noun', cell: 'N;PL', form: 'cities', analysis: 'city<n><pl>' },
          ],
        },
      ]);
      const missing = capture(db);
      expect(await main(['show', 'citty'], missing)).toBe(1);
      expect(missing.err()).toBe(`paradigm: no lexeme has the id or lemma "citty" in ${db.description}\n`);
    });
  });
}
