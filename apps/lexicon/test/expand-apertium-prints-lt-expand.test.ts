import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

describe('lexicon expand apertium FILE.dix', () => {
  const file = join(__dirname, 'fixtures', 'small.dix');

  it("prints lt-expand's output, without a database", async () => {
    const io = capture();
    expect(await main(['expand', 'apertium', file], io)).toBe(0);
    expect(io.out()).toBe(
      [
        'house:house<n><sg><nom>',
        "house's:house<n><sg><gen>",
        'houses:house<n><pl><nom>',
        "houses's:house<n><pl><gen>",
        'houseen:>:house<n><pl>',
        'oxen:>:ox<n><pl>',
        'ox:>:ox<n><sg><nom>',
        "ox's:>:ox<n><sg><gen>",
        'oxs:>:ox<n><pl><nom>',
        "oxs's:>:ox<n><pl><gen>",
        'soon:soon<adv>',
        '',
      ].join('\n'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-expand-'));
    try {
      execFileSync('lt-expand', [file, join(dir, 'out')]);
      expect(io.out()).toBe(readFileSync(join(dir, 'out'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 naming the entry past --max-forms-per-entry=N, and prints every line with none', async () => {
    const limited = capture();
    expect(await main(['expand', 'apertium', file, '--max-forms-per-entry=2'], limited)).toBe(1);
    expect(limited.out()).toBe('');
    expect(limited.err()).toBe(
      `lexicon: ${file}:18:5: the entry of "house" derives more than 2 forms, counting the partial forms its nested pardefs pass on: the limit for one entry; the expansion stopped there\n` +
        'lexicon: nothing was printed\n' +
        "lexicon: raise the limit with --max-forms-per-entry=N, or --max-forms-per-entry=none, where the machine has the memory for one entry's forms\n",
    );
    const whole = capture();
    const io = capture();
    expect(await main(['expand', 'apertium', file, '--max-forms-per-entry=none'], whole)).toBe(0);
    expect(await main(['expand', 'apertium', file], io)).toBe(0);
    expect(whole.out()).toBe(io.out());
  });

  it('exits 1 naming the pardef whose nesting passes the form limit before writing its patterns, and how to raise it', async () => {
    // r{i} is r{i+1} twice in series, 20 deep: one form of 2^20 words, which lt-expand prints, but a
    // pattern for each of the 2^21 places a partial form can stand. r4 (line 19) passes 100,000 forms.
    const pardefs = ['<pardef n="r20"><e><p><l>a</l><r>a<s n="n"/></r></p></e></pardef>'];
    for (let i = 19; i >= 0; i--) pardefs.push(`<pardef n="r${i}"><e><par n="r${i + 1}"/><par n="r${i + 1}"/></e></pardef>`);
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-expand-'));
    try {
      const doubled = join(dir, 'doubled.dix');
      writeFileSync(doubled, `<dictionary><sdefs><sdef n="n"/></sdefs>\n<pardefs>\n${pardefs.join('\n')}\n</pardefs>\n<section id="main" type="standard">\n<e lm="x"><i>x</i><par n="r0"/></e>\n</section></dictionary>\n`);
      const io = capture();
      expect(await main(['expand', 'apertium', doubled], io)).toBe(1);
      expect(io.out()).toBe('');
      expect(io.err()).toBe(
        `${doubled}:19:1: <pardef n="r4">: pardef "r4" derives more than 100000 forms, counting the partial forms its nested pardefs pass on, past the limit for one entry. Pardefs used one after another multiply them at each level of nesting.\n` +
          `lexicon: ${doubled} has 1 problem; nothing was printed.\n` +
          "lexicon: raise the limit with --max-forms-per-entry=N, or --max-forms-per-entry=none, where the machine has the memory for one entry's forms\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the problems when the file has errors, and 1 when it cannot be read', async () => {
    const io = capture();
    const bad = join(__dirname, 'fixtures', 'undefined-pardef.dix');
    expect(await main(['expand', 'apertium', bad], io)).toBe(1);
    expect(io.err()).toBe(
      `${bad}:3:23: <par n="nowhere">: pardef "nowhere" is not defined. Define it in <pardefs> above this line, or fix the name.\n` +
        `lexicon: ${bad} has 1 problem; nothing was printed.\n`,
    );
    const missing = capture();
    expect(await main(['expand', 'apertium', '/nonexistent/x.dix'], missing)).toBe(1);
    expect(missing.err()).toBe('lexicon: /nonexistent/x.dix: .dix file not found; give the path of an Apertium monolingual dictionary (.dix)\n');
  });

  it('exits 1 naming the file, and prints nothing, for Latin-1 bytes it does not declare, a folder, an empty file and one that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-unreadable-'));
    try {
      const latin1 = join(dir, 'latin1.dix');
      writeFileSync(latin1, Buffer.from('<dictionary><section id="m" type="standard">\n<e><i>caf\xe9</i></e></section></dictionary>\n', 'latin1'));
      const folder = join(dir, 'folder.dix');
      mkdirSync(folder);
      const empty = join(dir, 'empty.dix');
      writeFileSync(empty, '');
      const give = 'give the path of an Apertium monolingual dictionary (.dix)';
      for (const [file, problem] of [
        [
          latin1,
          `${latin1}:2:10: byte 0xE9 is not UTF-8, and the file declares no other encoding, so lt-expand refuses it too; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or declare the encoding it is in, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>`,
        ],
        [folder, `${folder}: .dix file is a directory; ${give}`],
        [empty, `${empty}: the .dix file is empty; ${give}`],
        // Reading /proc/self/mem from its start fails with EIO for every user, root included.
        ['/proc/self/mem', `/proc/self/mem: .dix file cannot be read (EIO: i/o error, read); ${give}`],
      ]) {
        const io = capture();
        expect(await main(['expand', 'apertium', file!], io)).toBe(1);
        expect(io.out()).toBe('');
        expect(io.err()).toBe(`lexicon: ${problem}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints lt-expand's output for a .dix in UTF-16 and one that declares ISO-8859-1", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-encodings-'));
    try {
      const text = readFileSync(file, 'utf8').replace(/^<\?xml[^>]*>\n/, '').replace('<e lm="soon">', '<e lm="café"><i>café</i></e><e lm="soon">');
      const utf16 = join(dir, 'utf16.dix');
      writeFileSync(utf16, Buffer.from(`\uFEFF${text}`, 'utf16le'));
      const latin1 = join(dir, 'latin1.dix');
      writeFileSync(latin1, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'ISO-8859-1'], { input: `<?xml version="1.0" encoding="ISO-8859-1"?>\n${text}` }));
      for (const dix of [utf16, latin1]) {
        const io = capture();
        expect(await main(['expand', 'apertium', dix], io)).toBe(0);
        execFileSync('lt-expand', [dix, join(dir, 'out')]);
        const expected = readFileSync(join(dir, 'out'), 'utf8');
        expect(expected).toContain('café:café\n');
        expect(io.out()).toBe(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
