// Oracle 2: libhunspell's Hunspell::spell() accepts every word we generate, for en_US and every fixture.
// Words are checked before OCONV: spell() converts its input with ICONV only, so OCONV output (the oconv
// fixture's "bA") is not its input language.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

describe('libhunspell accepts every generated word', () => {
  let checker: SpellChecker;
  beforeAll(() => {
    checker = new SpellChecker();
  });
  afterAll(() => checker.dispose());

  it('en_US (Debian hunspell-en-us)', () => {
    const paths = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };
    const words = ourWords(importFiles(paths), { outputConversion: false });
    expect(words.length).toBe(166788);
    expect(checker.rejected(paths, words)).toEqual([]);
  });

  for (const name of FIXTURES) {
    it(`fixture ${name}`, () => {
      const words = ourWords(importFiles(fixture(name)), { outputConversion: false });
      expect(words.length).toBeGreaterThan(0);
      expect(checker.rejected(fixture(name), words, name === 'latin1' ? 'latin1' : 'utf8')).toEqual([]);
    });
  }

  it('rejects a word the dictionary does not make (the checker can fail)', () => {
    expect(checker.rejected(fixture('circumfix'), ['liebt', 'geliebst'])).toEqual(['liebt', 'geliebst']);
  });
});
