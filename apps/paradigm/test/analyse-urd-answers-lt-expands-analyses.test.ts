import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseFormQuery, type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

const URD_DIX = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';

/**
 * lt-expand's lines as surface -> the set of analyses it pairs with it. The direction mark (`:>:`,
 * `:<:`) is dropped: the forms table stores no direction, so `analyse` answers every entry's analysis,
 * generation-only (RL) entries included. Text stays in lt-expand's notation, as the forms are stored,
 * and is NFC-normalised, as the worker stores it (13 of urd's 103,031 lines are not NFC: shadda before
 * fatha); `raw` counts the surfaces that normalisation changes.
 */
function ltExpandAnalyses(): { pairs: Map<string, Set<string>>; raw: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lt-expand-'));
  try {
    execFileSync('lt-expand', [URD_DIX, join(dir, 'out.txt')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const pairs = new Map<string, Set<string>>();
    const notNfc = new Set<string>();
    for (const line of readFileSync(join(dir, 'out.txt'), 'utf8').split('\n')) {
      if (line === '') continue;
      let colon = 0;
      while (line[colon] !== ':') colon += line[colon] === '\\' ? 2 : 1;
      const rest = line.slice(colon + 1);
      const analysis = rest.startsWith('>:') || rest.startsWith('<:') ? rest.slice(2) : rest;
      const raw = line.slice(0, colon);
      if (raw.normalize('NFC') !== raw) notNfc.add(raw);
      const surface = raw.normalize('NFC');
      if (!pairs.has(surface)) pairs.set(surface, new Set());
      pairs.get(surface)!.add(analysis.normalize('NFC'));
    }
    return { pairs, raw: notNfc.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `analyse` answers for each word, from its own query run once for all of them. */
async function analyses(db: Database, words: readonly string[]): Promise<Map<string, Set<string>>> {
  const one = analyseFormQuery('');
  const text = `SELECT w.word, a.analysis FROM unnest($1::text[]) AS w(word) CROSS JOIN LATERAL (${one.text.replaceAll('$1', 'w.word')}) a`;
  const rows = await withConnection(db, async (conn) => (await conn.query<{ word: string; analysis: string }>(text, [words])).rows);
  const out = new Map<string, Set<string>>();
  for (const { word, analysis } of rows) {
    if (!out.has(word)) out.set(word, new Set());
    out.get(word)!.add(analysis);
  }
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: analyse on apertium-urd answers exactly the analyses lt-expand pairs with each surface`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('for every distinct surface of lt-expand, the set of analyses equals lt-expand\'s', async () => {
      expect(await main(['import', 'apertium', URD_DIX, '--no-recompute'], capture(db))).toBe(0);
      await recomputeAll(db);
      const { pairs: expected, raw } = ltExpandAnalyses();
      const actual = await analyses(db, [...expected.keys()]);
      expect([expected.size, raw]).toEqual([54_712, 10]);
      const differing = [...expected].filter(([surface, set]) => {
        const got = actual.get(surface);
        return !got || got.size !== set.size || [...set].some((a) => !got.has(a));
      });
      expect(differing.slice(0, 5).map(([surface, set]) => [surface, [...set], [...(actual.get(surface) ?? [])]])).toEqual([]);
      expect(actual.size).toBe(expected.size);
    });
  });
}
