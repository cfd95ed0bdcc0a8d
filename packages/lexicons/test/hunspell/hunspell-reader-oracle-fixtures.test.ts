// Oracle 1 on every fixture: our word set equals hunspell-reader's, adjusted by exactly the documented
// differences (reader-differences.ts, docs/lexicons.md), each of which is asserted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, hunspellReaderWords, importFiles, ourWords } from './hunspell-oracles';
import { READER_DIFFERENCES } from './reader-differences';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

describe('fixtures match hunspell-reader up to the documented differences', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const reader = hunspellReaderWords(fixture(name).dic);
      const ours = ourWords(importFiles(fixture(name)));
      const difference = READER_DIFFERENCES.find((entry) => entry.fixture === name);
      const onlyReader = difference?.onlyReader ?? [];
      const onlyOurs = difference?.onlyOurs ?? [];
      for (const word of onlyReader) {
        expect({ word, inReader: reader.includes(word), inOurs: ours.includes(word) }).toEqual({ word, inReader: true, inOurs: false });
      }
      for (const word of onlyOurs) {
        expect({ word, inReader: reader.includes(word), inOurs: ours.includes(word) }).toEqual({ word, inReader: false, inOurs: true });
      }
      const adjusted = [...reader.filter((word) => !onlyReader.includes(word)), ...onlyOurs].sort();
      expect(ours).toEqual(adjusted);
    });
  }

  it('lists a difference only for fixtures that exist', () => {
    expect(READER_DIFFERENCES.map((entry) => entry.fixture).filter((name) => !FIXTURES.includes(name))).toEqual([]);
  });
});
