import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDix } from '../../src/apertium/dix-reader';
import { FIXTURES, URD_DIX } from './support/lt-expand';

// The plain scanner rejects carriage returns, so a copy with CRLF line ends is read by saxes (which
// reads CRLF as one line end): both must give the same entries, with the same lines and columns.
function bothWays(text: string): [string, string] {
  return [JSON.stringify(readDix(text, 'x.dix')), JSON.stringify(readDix(text.replace(/\n/g, '\r\n'), 'x.dix'))];
}

describe('the plain .dix reader', () => {
  it.each([...readdirSync(FIXTURES).map((name) => join(FIXTURES, name)), URD_DIX])('reads %s as saxes does', (file) => {
    const [plain, saxes] = bothWays(readFileSync(file, 'utf8'));
    expect(plain).toBe(saxes);
  });

  it('reads the common entry shape whole as it reads it tag by tag', () => {
    const text = [
      '<dictionary><pardefs>',
      '<pardef n="p"><e><p><l>s</l><r><s n="pl"/></r></p></e><e lm="in"><i>x</i><par n="q"/></e></pardef>',
      '</pardefs><section id="main" type="standard">',
      '<e lm="a"><i>c++:)</i><par n="p"/></e>',
      '<e><i></i>\n  <par n="p"/>\n</e>',
      '<e i="yes"><i>skipped</i><par n="p"/></e>',
      '<e lm="b" r="LR"><i>b</i><par n="p"/></e>',
      '<e  lm="c"><i>c</i><par n="p" /></e><e lm="d"><i>d</i><par n="p"/></e>',
      '</section></dictionary>',
    ].join('\n');
    const [plain, saxes] = bothWays(text);
    expect(plain).toBe(saxes);
    expect(readDix(text, 'x.dix').entries.map((entry) => `${entry.line}:${entry.column} ${entry.lemma} ${entry.items.map((item) => (item.kind === 'par' ? `${item.name}@${item.line}:${item.column}` : JSON.stringify(item.literal.l))).join(' ')}`)).toEqual([
      '2:15 undefined "s"',
      '2:55 in "x" q@2:74',
      '4:1 a "c\\\\+\\\\+\\\\:)" p@4:23',
      '5:1 undefined "" p@6:3',
      '9:1 b "b" p@9:26',
      '10:1 c "c" p@10:20',
      '10:37 d "d" p@10:55',
    ]);
  });
});
