import { dixRefusal } from './support/dix-refusal';
import { dixFiles } from './support/dix-files';
import { ltExpandVerdict } from './support/lt-expand';

const SECTION = '<section id="main" type="standard">\n<e><i>a</i></e>\n</section>';

// lt-expand reads a CDATA section as a node it does not know ("Invalid node '<#cdata-section>'") and
// stops, wherever in the dictionary it stands and whatever it holds, an empty one too (the number in
// lt-expand's message is not the line).
describe('a CDATA section in a .dix', () => {
  const file = dixFiles('dix-cdata-').write;
  const OUTSIDE = 'a CDATA section: lt-expand refuses the file ("Invalid node \'<#cdata-section>\'"); remove it';

  it.each([
    ['in the dictionary', `<dictionary>\n<![CDATA[x]]>\n${SECTION}\n</dictionary>\n`, `2:1: <![CDATA[: ${OUTSIDE}`, "error: Error (7): Invalid node '<#cdata-section>'."],
    ['between pardefs, empty', `<dictionary>\n<pardefs><![CDATA[]]></pardefs>\n${SECTION}\n</dictionary>\n`, `2:10: <![CDATA[: ${OUTSIDE}`, "error: Error (7): Invalid node '<#cdata-section>'."],
    ['between entries', `<dictionary>\n<section id="main" type="standard">\n<e><i>a</i></e> <![CDATA[ ]]>\n</section>\n</dictionary>\n`, `3:17: <![CDATA[: ${OUTSIDE}`, 'a:a\n'],
    [
      'inside an entry',
      `<dictionary>\n<section id="main" type="standard">\n<e><i>a<![CDATA[b]]></i></e>\n</section>\n</dictionary>\n`,
      '3:8: <![CDATA[: lt-expand rejects CDATA inside an entry; write the text with &lt; &amp; escapes',
      "error: Error (6): Invalid specification of element '<#cdata-section>' in this context.",
    ],
  ])('%s is refused at its place, as lt-expand refuses the file', (_, text, problem, theirs) => {
    const path = file(Buffer.from(text));
    expect(dixRefusal(text, path)).toBe(`${path}:${problem}`);
    // lt-expand prints the entries before it, if any, and stops.
    expect(ltExpandVerdict(path)).toBe(theirs);
  });
});
