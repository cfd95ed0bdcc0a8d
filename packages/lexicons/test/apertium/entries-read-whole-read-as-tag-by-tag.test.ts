// The plain reader reads most <e> elements whole (dix-entry-scanner.ts) and the rest tag by tag; a copy
// with CRLF line ends is read by saxes, tag by tag. Every entry shape near the whole-entry shapes must
// give the same entries (content, lines, columns), and a malformed one the same exact error.
import { dixRefusal } from './support/dix-refusal';
import { readDix } from '../../src/apertium/dix-reader';
import { scanEntry } from '../../src/apertium/dix-entry-scanner';

function document(pardefs: readonly string[], section: readonly string[]): string {
  return ['<dictionary>', '<pardefs>', '<pardef n="p">', ...pardefs, '</pardef>', '</pardefs>', '<section id="main" type="standard">', ...section, '</section>', '</dictionary>', ''].join('\n');
}

function bothWays(text: string): [string, string] {
  return [JSON.stringify(readDix(text, 'x.dix')), JSON.stringify(readDix(text.replace(/\n/g, '\r\n'), 'x.dix'))];
}


/** Entries the whole-entry reader takes, and entries it leaves to the tag-by-tag reading. */
const WHOLE = [
  '<e><p><l>s</l><r><s n="pl"/></r></p></e>',
  '<e r="LR">  <p><l/><r>x<s n="a"/><s n="b"/></r></p>\n  <par n="p"/></e>',
  '<e r="RL"><p><l>a+b</l><r>a:b<s n="c"/></r></p><par n="p" /></e>',
  '<e><p>\n  <l>o<b/>ne</l>\n  <r>o<b/>ne<j/>x<a/>y<m/><s n="n"/></r>\n</p></e>',
  '<e lm="l" c="comment" v="v1"><i>x&amp;y&lt;&gt;&quot;&apos;</i><par n="p"></par></e>',
  "<e\tlm='single'\n  r=\"LR\"><i/><par n=\"p\"/></e>",
  '<e i="yes"><i>skipped</i><par n="p"/></e>',
  '<e alt="x"><p><l>a</l><r>b</r></p></e>',
  '<e></e>',
  '<e><i>a</i><i>b</i><p><l>c</l><r>d</r></p><par n="p"/><i>e<s n="t"/></i></e>',
  '<e><i><d/><w/><t/></i></e>',
];
const TAG_BY_TAG = [
  '<e><p><l>a</l><r>b<s n="x" /></r></p></e>',
  '<e><p><l>a</l><r><g>b</g></r></p></e>',
  '<e><ig>a</ig><par n="p"/></e>',
  '<e><re>[0-9]</re><p><l/><r><s n="num"/></r></p></e>',
  '<e><!-- a comment --><i>a</i></e>',
  '<e\n lm="x"><i>a</i></e>',
  '<e><par n="p" sa="x"/></e>',
  '<e><i>a &#65; b</i></e>',
];

describe('an entry read whole', () => {
  it.each(WHOLE)('is what the tag-by-tag reading makes of it: %s', (entry) => {
    expect(scanEntry(entry, 0)).not.toBeNull();
    const text = document([entry], [entry]);
    const [plain, saxes] = bothWays(text);
    expect(plain).toBe(saxes);
  });

  it.each(TAG_BY_TAG)('leaves other shapes to the tag-by-tag reading: %s', (entry) => {
    expect(scanEntry(entry, 0)).toBeNull();
    const text = document([], [entry]);
    const [plain, saxes] = bothWays(text);
    expect(plain).toBe(saxes);
  });

  it('keeps the line and column of each <par> for the errors that name them', () => {
    const text = document(['<e r="LR"><p><l>a</l><r>b<s n="c"/></r></p>', '  <par n="nowhere"/></e>'], []);
    expect(dixRefusal(text)).toBe('x.dix:5:3: <par n="nowhere">: pardef "nowhere" is not defined. Define it in <pardefs> above this line, or fix the name.');
  });
});

describe('a malformed entry in a whole-entry shape', () => {
  it.each([
    ['<e><p><r>b</r><l>a</l></p></e>', 'x.dix:4:7: <r>: a <p> holds exactly <l>...</l> then <r>...</r>'],
    ['<e><p><l>a</l></p></e>', 'x.dix:4:7: <p>: a <p> holds exactly <l>...</l> then <r>...</r>'],
    ['<e>text<i>a</i></e>', 'x.dix:4:4: "text": text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <e>'],
    ['<e><i>a<s n="x">b</s></i></e>', 'x.dix:4:8: <s n="x">: write it as an empty element <s.../>, as lt-expand requires'],
    ['<e><i>a<b>c</b></i></e>', 'x.dix:4:8: <b>: write it as an empty element <b.../>, as lt-expand requires'],
    ['<e><i>a &bogus; b</i></e>', 'x.dix:4:16: XML: undefined entity, inside <i> opened at line 4: only XML\'s own entities (&amp; &lt; &gt; &quot; &apos;) and character references (&#233;) are read, not entities declared in a DOCTYPE (lt-expand stops on them too); write the text itself in place of the entity'],
    ['<e><p><l>a</l><r>b</r></e>', 'x.dix:4:27: XML: unexpected close tag, inside <e> opened at line 4: the file is not well-formed XML'],
    ['<e lm="x"a="b"><i>a</i></e>', 'x.dix:4:11: XML: no whitespace between attributes, inside <pardef n="p"> opened at line 3: the file is not well-formed XML'],
  ])('%s is reported as the tag-by-tag reading words it', (entry, message) => {
    expect(dixRefusal(document([entry], []))).toBe(message);
  });
});
