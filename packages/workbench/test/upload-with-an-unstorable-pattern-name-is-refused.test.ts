// A pattern name longer than the database indexes (a pardef may be named with any text) is refused
// when the upload is read, naming it, before the database is touched: as `paradigm import` refuses it.
import { DictionaryError, parseDictionary } from '../src/import/import-dictionary';

const dix = (name: string) =>
  Buffer.from(
    `<dictionary><sdefs><sdef n="pl"/></sdefs><pardefs><pardef n="${name}"><e><p><l>s</l><r>s<s n="pl"/></r></p></e></pardef></pardefs>` +
      `<section id="main" type="standard"><e lm="cat"><i>cat</i><par n="${name}"/></e></section></dictionary>\n`,
    'utf8',
  );

describe('an upload whose pattern name is too long for the database is refused', () => {
  it('names the pardef, its length in bytes and the limit', () => {
    const name = 'ж'.repeat(501);
    const read = () => parseDictionary({ format: 'apertium', dix: { name: 'long.dix', bytes: dix(name) } });
    expect(read).toThrow(DictionaryError);
    expect(read).toThrow(
      new DictionaryError(
        `long.dix: the pattern "${'ж'.repeat(60)}... (441 more characters)", named after a pardef of the file, is 1002 bytes long in UTF-8, ` +
          'longer than the 1000 a pattern name may have in the database; shorten that name in the file',
      ),
    );
  });

  it('takes a name of 1,000 bytes', () => {
    const lexicon = parseDictionary({ format: 'apertium', dix: { name: 'long.dix', bytes: dix('ж'.repeat(500)) } });
    expect(lexicon.patterns.map((pattern) => Buffer.byteLength(pattern.name, 'utf8'))).toEqual([1000]);
    expect([...lexicon.lexemes].map((lexeme) => lexeme.lemma)).toEqual(['cat']);
  });
});
