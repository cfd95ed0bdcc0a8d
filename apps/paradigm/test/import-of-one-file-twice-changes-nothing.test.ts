// A .dic given as the .aff too (the same path twice, a shell completion gone wrong) would read as an
// .aff that defines no affix: with --replace it would swap the lexicon for bare stems. It is refused
// before anything is read, and the stored lexicon stays.
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const FR_AFF = '/usr/share/hunspell/fr_FR.aff';
const EN = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };
const EXAMPLES = join(__dirname, '../../../docs/examples');
const EITHER = "give the dictionary's .aff file, then its .dic file (the two may come in either order when their names end in .aff and .dic)";

describe('paradigm import hunspell with a file named for the other role', () => {
  let db: Database;
  const counts = () => withConnection(db, async (conn) => (await conn.query<{ n: string }>('SELECT count(*)::text AS n FROM lexemes')).rows[0]!.n);
  beforeAll(async () => {
    db = await createTestDatabase('pglite', __filename);
    expect(await main(['load', join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'conlang.patterns'), join(EXAMPLES, 'lexemes.tsv'), '--progress', 'none'], capture(db))).toBe(0);
  });
  afterAll(() => db.close());

  it.each([
    [[EN.dic, EN.dic], `${EN.dic}: given as both the .aff and the .dic file; ${EITHER}`],
    [[EN.dic, FR_AFF.replace('.aff', '.dic')], `${EN.dic}: is named as a .dic file but given as the .aff file; ${EITHER}`],
    [[EN.aff, FR_AFF], `${FR_AFF}: is named as an .aff file but given as the .dic file; ${EITHER}`],
  ])('import hunspell %j --replace exits 1 naming the file, and the lexicon stays', async (files, message) => {
    const before = await counts();
    const io = capture(db);
    expect(await main(['import', 'hunspell', ...files, '--replace', '--progress', 'none'], io)).toBe(1);
    expect([io.out(), io.err()]).toEqual(['', `paradigm: ${message}\nnothing was imported\n`]);
    expect(await counts()).toBe(before);
  });
});
