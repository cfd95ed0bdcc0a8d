import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '@paradigm/lexicons';
import { type Database } from '@paradigm/persistence';
import { testDatabaseUrl } from '@paradigm/persistence/testing';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { type Running, runParadigm, type Serving, serveParadigm, startParadigm } from './support/paradigm-process';
import { writeSmallDictionary } from './support/small-dictionary';
import { until } from './support/until';

const EDITS = 150;
const WORDS = 2000;
const LEMMAS = ['cat', 'city', 'dog', 'bird', 'sing', 'feed', 'walk', 'talk', 'day', 'sky'];

/** A Hunspell dictionary of `WORDS` made-up words, each taking two suffixes. */
function writeMediumDictionary(dir: string, rng: Rng): { aff: string; dic: string } {
  const words = new Set<string>();
  while (words.size < WORDS) words.add(Array.from({ length: 4 + rng.int(6) }, () => 'abcdefghijklmnoprstuvwyz'[rng.int(24)]).join(''));
  const aff = join(dir, 'm.aff');
  const dic = join(dir, 'm.dic');
  writeFileSync(aff, 'SET UTF-8\nSFX B Y 2\nSFX B 0 er .\nSFX B 0 est .\n');
  writeFileSync(dic, `${words.size}\n${[...words].map((word) => `${word}/B\n`).join('')}`);
  return { aff, dic };
}

/**
 * One edit of whatever lexicon is there, as another client would make it (the triggers see it): a
 * lemma, a new lexeme taking the first pattern, or a deletion. It may land while an import holds the
 * lexicon's tables; it then waits, and applies to the lexicon it finds.
 */
async function edit(db: Database, rng: Rng): Promise<void> {
  const roll = rng.next();
  const offset = rng.int(50);
  if (roll < 0.6) {
    await query(db, 'UPDATE lexemes SET lemma = $2 WHERE id = (SELECT id FROM lexemes ORDER BY id OFFSET $1 LIMIT 1)', [offset, `${rng.pick(LEMMAS)}${rng.int(100)}`]);
  } else if (roll < 0.8) {
    await query(db, 'WITH added AS (INSERT INTO lexemes (lemma) VALUES ($1) RETURNING id) INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) SELECT id, (SELECT min(id) FROM patterns), 0 FROM added', [rng.pick(LEMMAS)]);
  } else {
    await query(db, 'DELETE FROM lexemes WHERE id = (SELECT id FROM lexemes ORDER BY id OFFSET $1 LIMIT 1)', [offset]);
  }
}

// Two imports of different dictionaries started together, beside two `run --follow` workers, a
// `paradigm serve` (which computes edits in-process) and a stream of edits by another client: once
// the edits stop and the queues drain, the forms are exactly what the last lexicon generates.
describe('postgres: paradigm imports beside run --follow workers, serve and edits', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(40));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-imports-beside-'));
  const workers: Running[] = [];
  let serving: Serving | undefined;
  afterAll(() => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    serving?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the forms of the lexicon the last import left, as edited, and nothing failed', async () => {
    const db = database();
    const rng = new Rng(7);
    const small = writeSmallDictionary(dir);
    const medium = writeMediumDictionary(dir, rng);
    const env = { DATABASE_URL: url };
    // The test lexicon was inserted with its ids: the edits' INSERTs draw theirs from the identity.
    await query(db, "SELECT setval(pg_get_serial_sequence('lexemes', 'id'), (SELECT max(id) FROM lexemes))");
    for (let i = 0; i < 2; i++) workers.push(startParadigm(['run', '--follow', '--progress', 'none'], env));
    serving = await serveParadigm([], env);

    const imports = [small, medium].map(({ aff, dic }) => runParadigm(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], env));
    let importing = true;
    const ended = Promise.all(imports).finally(() => (importing = false));
    // Half the edits while the imports run (at least one edit after both), half after.
    let edits = 0;
    while (importing || edits < EDITS / 2) {
      await edit(db, rng);
      edits += 1;
    }
    for (; edits < EDITS; edits++) await edit(db, rng);
    expect((await ended).map((run) => ({ code: run.code, stderr: run.stderr.replace(/ in \d+\.\d\d s .*/g, '') }))).toEqual([
      { code: 0, stderr: expect.stringContaining('paradigm: imported t.aff + t.dic (hunspell)') },
      { code: 0, stderr: expect.stringContaining('paradigm: imported m.aff + m.dic (hunspell)') },
    ]);

    await until('the queues to drain', async () => (await query(db, 'SELECT 1 FROM recompute_queue UNION ALL SELECT 1 FROM recompute_pattern_queue')).length === 0);
    const forms = await formsInTable(db);
    expect(forms.length).toBeGreaterThan(0);
    expect(forms).toEqual(await expectedFromDatabase(db));
    expect(await query(db, 'SELECT lexeme_id FROM recompute_failures')).toEqual([]);

    for (const worker of workers.splice(0)) {
      worker.child.kill('SIGINT');
      expect((await worker.ended).code).toBe(130);
    }
    expect((await serving.stop()).code).toBe(0);
    serving = undefined;
  });
});
