import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApertiumDixError, parseApertium } from '@paradigm/lexicons';

/** A dictionary with `pardefs` on lines 3.. and `section` on the line after `</pardefs>`. */
function dix(pardefs: string, section: string): string {
  return `<dictionary>\n<pardefs>\n${pardefs}\n</pardefs>\n<section id="main" type="standard">\n${section}\n</section>\n</dictionary>\n`;
}

function problemsOf(text: string): string[] {
  try {
    parseApertium(text, 'x.dix');
  } catch (error) {
    expect(error).toBeInstanceOf(ApertiumDixError);
    const dixError = error as ApertiumDixError;
    expect(dixError.file).toBe('x.dix');
    return dixError.message.split('\n');
  }
  throw new Error('expected an ApertiumDixError');
}

/** lt-expand's exit status and stderr on the same text. */
function ltExpandFails(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dix-error-'));
  try {
    writeFileSync(join(dir, 'x.dix'), text);
    execFileSync('lt-expand', [join(dir, 'x.dix'), join(dir, 'out')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return 'accepted';
  } catch (error) {
    return String((error as { stderr: Buffer }).stderr).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** lt-expand's output and stderr on the same text, whatever its exit status (it exits 0 on some XML errors). */
function ltExpandOutput(text: string): { stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dix-error-'));
  try {
    writeFileSync(join(dir, 'x.dix'), text);
    const run = spawnSync('lt-expand', [join(dir, 'x.dix')], { encoding: 'utf8' });
    return { stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a .dix that cannot be imported gets errors naming the element, its line and the fix', () => {
  it('malformed XML', () => {
    expect(problemsOf(dix('', '<e><i>x</e>'))).toEqual([
      'x.dix:6:12: XML: unexpected close tag, inside <e> opened at line 6: the file is not well-formed XML',
    ]);
  });

  it('an & that starts no reference, which saxes would read to the end of the file (lt-expand names its line too)', () => {
    const message = 'XML: an & that starts no entity reference; write a literal & as &amp; (a reference ends in ";": &amp; &#233;)';
    for (const text of ['a & b', 'a &amp b']) {
      const file = dix('<!-- a & b --><pardef n="n"><e><p><l></l><r><s n="n"/></r></p></e></pardef>', `<e lm="x"><i>${text}</i><par n="n"/></e>\n<e lm="y"><i>y</i><par n="n"/></e>`);
      expect(problemsOf(file)).toEqual([`x.dix:6:16: ${message}`]);
      expect(ltExpandFails(file)).toMatch(/^.*x\.dix:6: parser error : (xmlParseEntityRef: no name|EntityRef: expecting ';')/);
    }
  });

  it('an undefined pardef (lt-expand fails too)', () => {
    const text = dix('', '<e lm="a"><i>a</i><par n="nowhere"/></e>');
    expect(problemsOf(text)).toEqual([
      'x.dix:6:19: <par n="nowhere">: pardef "nowhere" is not defined. Define it in <pardefs> above this line, or fix the name.',
    ]);
    expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Undefined paradigm 'nowhere'\.$/);
  });

  it('an entry written as an empty element <e/>, in a section or a pardef (lt-expand fails too)', () => {
    for (const [text, at] of [
      [dix('', '<e lm="x"/>\n<e lm="y"><i>y</i></e>'), '6:1: <e lm="x"/>'],
      [dix('<pardef n="p"><e i="yes"/><e><p><l>a</l><r>b</r></p></e></pardef>', '<e lm="y"><i>y</i><par n="p"/></e>'), '3:15: <e i="yes"/>'],
    ] as const) {
      expect(problemsOf(text)).toEqual([`x.dix:${at}: an entry written as an empty element: lt-expand refuses the file ("Invalid inclusion of ... into '<e>'"); write <e ...></e>, or remove it`]);
      expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Invalid (inclusion of '<\w+>' into '<e>'|node '<\w+>')\.$/);
    }
  });

  it('a DOCTYPE naming another root than dictionary (lt-expand fails too); <!DOCTYPE dictionary> is read', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE foo>\n${dix('', '<e lm="y"><i>y</i></e>')}`;
    expect(problemsOf(text)).toEqual([
      'x.dix:2:15: <!DOCTYPE: the DOCTYPE names "foo": lt-expand refuses any name but dictionary ("Invalid node \'<foo>\'"); write <!DOCTYPE dictionary>, or remove it',
    ]);
    expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Invalid node '<foo>'\.$/);
    const named = text.replace('<!DOCTYPE foo>', '<!DOCTYPE dictionary SYSTEM "dix.dtd">');
    expect(ltExpandFails(named)).toBe('accepted');
    expect(parseApertium(named, 'x.dix').lexemes.map((lexeme) => lexeme.lemma)).toEqual(['y']);
  });

  it('a DOCTYPE whose internal subset is not closed, named at its own line (lt-expand prints the same line and nothing else); one closed is read, markup in its quoted values aside', () => {
    const message = 'x.dix:2:1: <!DOCTYPE: its internal subset, opened by "[", is not closed by "]>" before the document\'s elements (lt-expand: "Extra content at the end of the document"); close it, or remove the DOCTYPE';
    // With a "]" and a ">" later in the file (a <re>), saxes ends the DOCTYPE there; without, at the end of the file.
    for (const re of ['<re>[a]</re>', '']) {
      const open = `<?xml version="1.0"?>\n<!DOCTYPE dictionary [<!ENTITY foo "bar">\n${dix(`<pardef n="n"><e>${re}<p><l>s</l><r>s</r></p></e></pardef>`, '<e lm="y"><i>y</i><par n="n"/></e>')}`;
      expect(problemsOf(open)).toEqual([message]);
      expect(ltExpandOutput(open)).toEqual({ stdout: '', stderr: expect.stringMatching(/x\.dix:2: parser error : Extra content at the end of the document/) });
      const closed = open.replace('<!ENTITY foo "bar">', '<!ENTITY foo "<i>bar</i>">]>');
      expect(ltExpandOutput(closed)).toEqual({ stdout: re === '' ? 'ys:ys\n' : 'y__REGEXP__[a]s:y__REGEXP__[a]s\n', stderr: '' });
      expect(parseApertium(closed, 'x.dix').lexemes.map((lexeme) => lexeme.lemma)).toEqual(['y']);
      // A "[" in the DOCTYPE's quoted system literal opens no subset.
      const literal = open.replace('[<!ENTITY foo "bar">', "SYSTEM 'dix[1].dtd'>");
      expect(ltExpandOutput(literal).stderr).toBe('');
      expect(parseApertium(literal, 'x.dix').lexemes.map((lexeme) => lexeme.lemma)).toEqual(['y']);
    }
  });

  it('a <par n=""> (lt-expand fails too: it keeps no pardef of an empty name)', () => {
    const text = dix('<pardef n=""><e><p><l>a</l><r>b</r></p></e></pardef>', '<e lm="y"><i>y</i><par n=""/></e>');
    expect(problemsOf(text)).toEqual([
      'x.dix:6:19: <par n="">: a <par> with an empty name: lt-expand keeps no pardef of that name ("Undefined paradigm \'\'"), and reads the entries of a <pardef n=""> as the dictionary\'s. Name the pardef and this <par>.',
    ]);
    expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Undefined paradigm ''\.$/);
  });

  it('a pardef used before its definition (lt-expand fails too)', () => {
    const text = dix('<pardef n="a"><e><par n="b"/></e></pardef>\n<pardef n="b"><e><i>x</i></e></pardef>', '');
    expect(problemsOf(text)).toEqual([
      'x.dix:3:18: <par n="b">: pardef "b" is used before its definition at line 4; lt-expand requires every pardef to be defined above its first use. Move the definition up.',
    ]);
    expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Undefined paradigm 'b'\.$/);
  });

  it('a cycle through a pardef used before its definition', () => {
    expect(problemsOf(dix('<pardef n="a"><e><par n="b"/></e></pardef>\n<pardef n="b"><e><i>x</i><par n="a"/></e></pardef>', ''))).toEqual([
      'x.dix:3:18: <par n="b">: pardef "b" is used before its definition at line 4, and it refers back to "a" (a cycle); lt-expand requires every pardef to be defined above its first use. Move the definition up.',
    ]);
  });

  /**
   * "a" uses "p1" above its definition; p1 ... pN are defined from the end of the chain (each above its first
   * use), and pN refers back to "a" or not. Deeper than the call stack, and more pardefs than a search per
   * problem over every entry could go through in time.
   */
  function chainBack(length: number, backToA: boolean): string {
    const chain: string[] = [];
    for (let i = length; i >= 1; i--) chain.push(`<pardef n="p${i}"><e><i>x</i>${i < length ? `<par n="p${i + 1}"/>` : backToA ? '<par n="a"/>' : ''}</e></pardef>`);
    return dix(`<pardef n="a"><e><par n="p1"/></e></pardef>\n${chain.join('\n')}`, '<e><i>q</i><par n="p1"/></e>');
  }

  it('a long chain back to a pardef used before its definition: a cycle, named once', () => {
    const length = 30000;
    expect(problemsOf(chainBack(length, true))).toEqual([
      `x.dix:3:18: <par n="p1">: pardef "p1" is used before its definition at line ${3 + length}, and it refers back to "a" (a cycle); lt-expand requires every pardef to be defined above its first use. Move the definition up.`,
    ]);
    expect(problemsOf(chainBack(length, false))).toEqual([
      `x.dix:3:18: <par n="p1">: pardef "p1" is used before its definition at line ${3 + length}; lt-expand requires every pardef to be defined above its first use. Move the definition up.`,
    ]);
  });

  it('a pardef that refers to itself (lt-expand silently uses the entries above; lt-comp rejects it)', () => {
    const text = dix('<pardef n="a"><e><i>x</i></e>\n<e><i>y</i><par n="a"/></e></pardef>', '<e><i>q</i><par n="a"/></e>');
    expect(problemsOf(text)).toEqual([
      'x.dix:4:12: <par n="a">: pardef "a" refers to itself (a cycle); lt-comp rejects this too. Move the shared entries into a separate pardef.',
    ]);
    expect(ltExpandFails(text)).toBe('accepted');
  });

  it('a pardef whose entries are all skipped (lt-expand: undefined)', () => {
    const text = dix('<pardef n="a"><e i="yes"><i>x</i></e></pardef>', '<e><i>q</i><par n="a"/></e>');
    expect(problemsOf(text)).toEqual([
      'x.dix:6:12: <par n="a">: pardef "a" has no entry lt-expand keeps (each is i="yes", an alternative or a variant it drops), so it is undefined. Give it an entry or remove this <par>.',
    ]);
    expect(ltExpandFails(text)).toMatch(/^Error \(\d+\): Undefined paradigm 'a'\.$/);
  });

  it('every undefined pardef at once, not only the first', () => {
    expect(problemsOf(dix('', '<e><i>a</i><par n="p"/></e>\n<e><i>b</i><par n="q"/></e>'))).toEqual([
      'x.dix:6:12: <par n="p">: pardef "p" is not defined. Define it in <pardefs> above this line, or fix the name.',
      'x.dix:7:12: <par n="q">: pardef "q" is not defined. Define it in <pardefs> above this line, or fix the name.',
    ]);
  });

  it('elements lt-expand rejects where they stand', () => {
    expect(problemsOf(dix('', '<e><p><l>x</l><r>x<s n="n"></s></r></p></e>'))).toEqual([
      'x.dix:6:19: <s n="n">: write it as an empty element <s.../>, as lt-expand requires',
    ]);
    expect(problemsOf(dix('', '<e><i>x</i><foo/></e>'))).toEqual(['x.dix:6:12: <foo/>: an <e> holds only <i>, <p>, <ig>, <re> and <par>']);
    expect(problemsOf(dix('', '<e>oops<i>x</i></e>'))).toEqual([
      'x.dix:6:4: "oops": text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <e>',
    ]);
    expect(problemsOf(dix('', '<e><i>x<!-- c --></i></e>'))).toEqual([
      'x.dix:6:8: <!-- -->: a comment inside text is rejected by lt-expand; move it outside the <e>',
    ]);
    expect(problemsOf(dix('', '<entry/>'))).toEqual([
      'x.dix:6:1: <entry/>: lt-expand accepts only dictionary, alphabet, sdefs, sdef, pardefs, pardef, section and e here',
    ]);
  });
});
