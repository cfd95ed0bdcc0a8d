// A name or word of a million characters in a message is shown in part, its first 60 characters and how
// many more there are, as for an unknown line: the message stays one readable line.
import { ApertiumFileError, checkNativeLexicon, EntryFormLimitError, expandApertiumText, parseApertium, streamHunspellText } from '@paradigm/lexicons';
import { dixRefusal } from './apertium/support/dix-refusal';

const LONG = 1_000_000;
const shown = (char: string) => `${char.repeat(60)}... (${LONG - 60} more characters)`;

describe('long names in messages are shown in part', () => {
  it('a lexeme taking a pattern of a long name that no file defines', () => {
    const lexicon = checkNativeLexicon({
      patternFiles: [{ file: 'a.patterns', text: 'pattern a\nrule suffix +s => PL\n' }],
      lexemes: { file: 'l.tsv', text: `id\tlemma\tpatterns\n1\tcity\t${'p'.repeat(LONG)}\n` },
    });
    expect(lexicon.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([
      `lexeme 1 "city" takes pattern "${shown('p')}", which no file defines; add the pattern or fix the name`,
    ]);
  });

  it('a <par> naming an undefined pardef of a long name', () => {
    const text = `<dictionary>\n<pardefs>\n</pardefs>\n<section id="main" type="standard">\n<e><i>x</i><par n="${'z'.repeat(LONG)}"/></e>\n</section>\n</dictionary>\n`;
    expect(dixRefusal(text)).toBe(`x.dix:5:12: <par n="${'z'.repeat(52)}... (${LONG + 10 - 60} more characters): pardef "${shown('z')}" is not defined. Define it in <pardefs> above this line, or fix the name.`);
  });

  it('a pardef of a long name that refers to itself', () => {
    const name = 'y'.repeat(LONG);
    const text = `<dictionary>\n<pardefs>\n<pardef n="${name}"><e><par n="${name}"/></e></pardef>\n</pardefs>\n<section id="main" type="standard">\n</section>\n</dictionary>\n`;
    expect(dixRefusal(text)).toBe(
      `x.dix:3:${LONG + 17}: <par n="${'y'.repeat(52)}... (${LONG + 10 - 60} more characters): pardef "${shown('y')}" refers to itself (a cycle); lt-comp rejects this too. Move the shared entries into a separate pardef.`,
    );
  });

  it('an Apertium entry of a long word past the characters of one entry', () => {
    const text = `<dictionary>\n<section id="main" type="standard">\n<e><i>${'w'.repeat(LONG)}</i></e>\n</section>\n</dictionary>\n`;
    let error: unknown;
    try {
      [...expandApertiumText(parseApertium(text, 'x.dix'), { maxFormsPerEntry: 1 })];
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApertiumFileError);
    expect((error as ApertiumFileError).message).toBe(`x.dix:3:1: the entry of "${shown('w')}" generates forms of more than ${LONG} characters in all, the limit for one entry with a limit of 1 form (its <par>s in series lengthen every form); the expansion stopped there`);
  });

  it('a Hunspell entry of a long word past the form limit', () => {
    const files = { aff: Buffer.from('SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n'), dic: Buffer.from(`1\n${'a'.repeat(LONG)}/S\n`), affName: 'x.aff', dicName: 'x.dic' };
    let error: unknown;
    try {
      [...streamHunspellText(files, { maxFormsPerEntry: 1 })];
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EntryFormLimitError);
    expect((error as EntryFormLimitError).message).toBe(
      `x.dic:2: entry "${shown('a')}" generates forms of more than ${LONG} characters in all, the limit for one entry with a limit of 1 form (its classes' continuations lengthen its forms); the expansion stopped there`,
    );
  });
});
