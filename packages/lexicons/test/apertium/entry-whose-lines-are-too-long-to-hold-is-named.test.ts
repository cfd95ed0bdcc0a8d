import { EntryLinesTooLongError, expandApertiumText, expandDix, parseApertium } from '@paradigm/lexicons';
import { drainChunks } from './support/drain-chunks';

// An entry's lines are held until it is done, and the form limit bounds how many there are, not how
// long: long texts multiplied by nested pardefs would pass the longest string V8 holds and end in
// "RangeError: Invalid string length". Such an entry stops the expansion, named, as one past the form
// limit does; the entries before it are printed whole.
const DIX =
  '<dictionary><sdefs><sdef n="n"/></sdefs>\n' +
  '<pardefs><pardef n="p"><e><p><l>aaaa</l><r>a<s n="n"/></r></p></e><e><p><l>bbbb</l><r>b<s n="n"/></r></p></e></pardef></pardefs>\n' +
  '<section id="main" type="standard">\n' +
  '<e lm="ok"><i>ok</i><par n="p"/></e>\n' +
  '  <e lm="long"><i>x</i><par n="p"/><par n="p"/><par n="p"/></e>\n' +
  '</section></dictionary>\n';

// "oka:oka<n>\n" and "okb:okb<n>\n" are 22 characters; each line of "long" is 29 (8 of them).
const LIMIT = 100;
const MESSAGE = `deep.dix:5:3: the entry of "long" prints more than ${LIMIT} characters, the most one entry may (its nested pardefs multiply long texts); the expansion stopped there`;

describe('an Apertium entry whose lines are too long to hold', () => {
  it('stops the expansion of the whole document, naming the entry and its line', () => {
    const chunks: string[] = [];
    let thrown: unknown;
    try {
      for (const chunk of expandApertiumText(parseApertium(DIX, 'deep.dix'), { maxCharsPerEntry: LIMIT, chunkChars: 1 })) chunks.push(chunk);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EntryLinesTooLongError);
    expect((thrown as Error).message).toBe(MESSAGE);
    expect(chunks.join('')).toBe('okaaaa:oka<n>\nokbbbb:okb<n>\n');
  });

  it('stops the entry-by-entry expansion with the same error, after the same lines', () => {
    const { text, thrown } = drainChunks(expandDix(DIX, 'deep.dix', { maxCharsPerEntry: LIMIT, chunkChars: 1 })!);
    expect(thrown).toBeInstanceOf(EntryLinesTooLongError);
    expect((thrown as Error).message).toBe(MESSAGE);
    expect(text).toBe('okaaaa:oka<n>\nokbbbb:okb<n>\n');
  });

  it('prints the entry whole under the limit', () => {
    const text = [...expandApertiumText(parseApertium(DIX, 'deep.dix'), { maxCharsPerEntry: 8 * 29 })].join('');
    expect(text.split('\n')).toHaveLength(2 + 8 + 1);
  });
});
