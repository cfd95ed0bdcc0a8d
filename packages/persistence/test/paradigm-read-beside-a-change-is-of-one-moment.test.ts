import { compileGrammar, generateRows } from '@paradigm/core';
import { type Database, getWriter, loadLexicon, readParadigm, readPatterns, replaceFormsInTransaction, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

const WAITING_ON_A_LOCK = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

// PostgreSQL only (PGlite has one session): `paradigm show` and the workbench read a lexeme's entry, then
// its forms. A worker or an edit that commits between the two must not pair the entry of one moment with
// the forms of another: both come from one snapshot.
describe('postgres: readParadigm beside a change that commits between its statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename, { maxConnections: 4 });
    await loadLexicon(db, { patterns: [{ name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' }], lexemes: [{ id: 1, lemma: 'walk', patterns: ['noun'] }] });
    const { grammar } = compileGrammar(await readPatterns(db));
    const rows = getWriter('copy').newRows();
    for await (const lexemes of streamLexemes(db, { batchSize: 10 })) for (const lexeme of lexemes) generateRows(grammar, lexeme, rows);
    await replaceFormsInTransaction(db, [1], rows);
    await withConnection(db, (conn) => conn.query('DELETE FROM recompute_queue'));
  });
  afterAll(() => db.close());

  it('reads the lexeme and its forms as of one moment', async () => {
    const read = await withConnection(db, async (changer) => {
      // The change holds `forms` before the read starts, and changes the entry and its forms once the
      // read, having read the entry, waits for them.
      await changer.query('BEGIN');
      await changer.query('LOCK TABLE forms IN ACCESS EXCLUSIVE MODE');
      const reading = readParadigm(db, '1');
      await withConnection(db, async (other) => {
        while ((await other.query(WAITING_ON_A_LOCK)).rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      });
      await changer.query("UPDATE lexemes SET lemma = 'stroll' WHERE id = 1");
      await changer.query("UPDATE forms SET form = replace(form, 'walk', 'stroll') WHERE lexeme_id = 1");
      await changer.query('COMMIT');
      return reading;
    });
    expect(read.map(({ lemma, queued, forms }) => ({ lemma, queued, forms: forms.map((form) => form.form) }))).toEqual([{ lemma: 'walk', queued: false, forms: ['walk', 'walks'] }]);
    expect((await readParadigm(db, '1')).map(({ lemma, forms }) => ({ lemma, forms: forms.map((form) => form.form) }))).toEqual([{ lemma: 'stroll', forms: ['stroll', 'strolls'] }]);
  });
});
