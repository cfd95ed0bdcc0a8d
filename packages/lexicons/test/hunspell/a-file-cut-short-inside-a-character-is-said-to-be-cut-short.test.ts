// A UTF-8 .aff or .dic that ends inside a character (a copy or download that did not finish) is said
// to be cut short, as a .dix or a lexemes file is, not told to re-encode the file: converting it would
// spoil the rest. The same bytes anywhere but at the file's end, or after another byte that is no
// UTF-8 on the same field, are still another encoding.
import { parseHunspell, streamHunspellText } from '@paradigm/lexicons';
import { errorOf } from './hunspell-oracles';

const AFF = 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n';
const files = (aff: Buffer, dic: Buffer) => ({ aff, dic, affName: 't.aff', dicName: 't.dic' });
/** `text` and then the first `held` bytes of `char`'s UTF-8. */
const cut = (text: string, char: string, held: number) => Buffer.concat([Buffer.from(text), Buffer.from(char).subarray(0, held)]);
/** The error of both readers (an import's and an expansion's), which must agree. */
const errorsOf = (pair: ReturnType<typeof files>) => [errorOf(() => parseHunspell(pair)), errorOf(() => [...streamHunspellText(pair)])];

describe('a Hunspell file that ends inside a UTF-8 character', () => {
  it('a .dic cut in the last word: said to be cut short, at its line', () => {
    expect(errorsOf(files(Buffer.from(AFF), cut('2\ncafé/A\nna', 'ï', 1)))).toEqual(
      Array(2).fill('t.dic:3: the file ends inside a character (byte 0xC3 starts a UTF-8 sequence of 2 bytes; 1 is left): it was cut short; get the whole file again'),
    );
  });

  it('a .dic cut in the morphological field of its last entry', () => {
    expect(errorsOf(files(Buffer.from(AFF), cut('1\ncafé/A po:', '€', 2)))).toEqual(
      Array(2).fill('t.dic:2: the file ends inside a character (byte 0xE2 starts a UTF-8 sequence of 3 bytes; 2 are left): it was cut short; get the whole file again'),
    );
  });

  it('an .aff cut in an affix', () => {
    expect(errorsOf(files(cut('SET UTF-8\nSFX A Y 1\nSFX A 0 ', 'é', 1), Buffer.from('1\ncafé/A\n')))).toEqual(
      Array(2).fill('t.aff:3: the file ends inside a character (byte 0xC3 starts a UTF-8 sequence of 2 bytes; 1 is left): it was cut short; get the whole file again'),
    );
  });

  it('the same byte before a line break, or after a Latin-1 byte in the field: another encoding, as before', () => {
    expect(errorsOf(files(Buffer.from(AFF), Buffer.concat([cut('2\ncafé/A\nna', 'ï', 1), Buffer.from('\n')])))).toEqual(
      Array(2).fill('t.dic:3: "na\uFFFD" is not valid UTF-8 text (byte 0xC3 at character 3); re-encode the file as UTF-8 or correct the SET of the .aff'),
    );
    expect(errorsOf(files(Buffer.from(AFF), Buffer.concat([Buffer.from('2\ncafé/A\n'), Buffer.from('na\xefv', 'latin1'), Buffer.from('ï').subarray(0, 1)])))).toEqual(
      Array(2).fill('t.dic:3: "na\uFFFDv\uFFFD" is not valid UTF-8 text (byte 0xEF at character 3); re-encode the file as UTF-8 or correct the SET of the .aff'),
    );
  });
});
