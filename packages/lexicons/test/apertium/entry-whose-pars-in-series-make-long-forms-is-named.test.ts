import { ApertiumFileError, expandApertiumText, expandDix, parseApertium } from '@paradigm/lexicons';
import { drainChunks } from './support/drain-chunks';

// An entry whose <i> is followed by 200 <par>s in series, each pardef of two entries adding 7 characters
// to the surface and 6 or 11 to the analysis: 2^200 forms of about 2,800 characters. The form limit
// (100,000 forms) let `paradigm import` generate some 10^8 characters of them before stopping (longer
// texts: 54 s and 2.2 GB); the characters of one entry's forms are bounded too (100 per form of the form
// limit), so it stops after 10^7.
const PARS = 200;

function series(pars: number): string {
  const pardefs: string[] = [];
  for (let k = 0; k < pars; k++) {
    const n = String(k).padStart(3, '0');
    pardefs.push(`<pardef n="p${n}"><e><p><l>ab${n}xy</l><r>ab${n}<s n="x"/></r></p></e><e><p><l>cd${n}xy</l><r>cd${n}</r></p></e></pardef>`);
  }
  const refs = Array.from({ length: pars }, (_, k) => `<par n="p${String(k).padStart(3, '0')}"/>`).join('');
  return (
    '<dictionary><sdefs><sdef n="x"/></sdefs><pardefs>\n' +
    pardefs.join('\n') +
    `\n</pardefs>\n<section id="main" type="standard">\n<e><i>ok</i><par n="p000"/></e>\n<e lm="long"><i>w</i>${refs}</e>\n</section></dictionary>\n`
  );
}

const MESSAGE = `series.dix:${PARS + 5}:1: the entry of "long" generates forms of more than 10000000 characters in all, the limit for one entry with a limit of 100000 forms (its <par>s in series lengthen every form); the expansion stopped there`;

describe('an Apertium entry whose <par>s in series make forms longer than one entry may generate', () => {
  const text = series(PARS);

  it('stops the expansion with an error naming the entry and its line, after the entries before it', () => {
    const chunks: string[] = [];
    let thrown: unknown;
    try {
      for (const chunk of expandApertiumText(parseApertium(text, 'series.dix'), { chunkChars: 1 })) chunks.push(chunk);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApertiumFileError);
    expect((thrown as Error).message).toBe(MESSAGE);
    expect(chunks.join('')).toBe('okab000xy:okab000<x>\nokcd000xy:okcd000\n');
  });

  it('stops the entry-by-entry expansion with the same error, after the same lines', () => {
    const { text: printed, thrown } = drainChunks(expandDix(text, 'series.dix', { chunkChars: 1 })!);
    expect(thrown).toBeInstanceOf(ApertiumFileError);
    expect((thrown as Error).message).toBe(MESSAGE);
    expect(printed).toBe('okab000xy:okab000<x>\nokcd000xy:okcd000\n');
  });

  it('expands what the limits allow: a raised form limit raises the characters one entry may generate', () => {
    const few = series(10);
    const lines = [...expandApertiumText(parseApertium(few, 'series.dix'), { maxFormsPerEntry: 1_000_000 })].join('').split('\n');
    // 2 lines of the first entry, 2^10 of the second, and the empty string after the last newline.
    expect(lines).toHaveLength(2 + 1024 + 1);
    expect(lines[2]).toBe(`w${Array.from({ length: 10 }, (_, k) => `ab00${k}xy`).join('')}:w${Array.from({ length: 10 }, (_, k) => `ab00${k}<x>`).join('')}`);
    expect(lines[1025]).toBe(`w${Array.from({ length: 10 }, (_, k) => `cd00${k}xy`).join('')}:w${Array.from({ length: 10 }, (_, k) => `cd00${k}`).join('')}`);
  });
});
