import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHunspellFiles, streamHunspellText } from '@paradigm/lexicons';
import { main } from '../src';
import { capture } from './support/capture';
import { runParadigm } from './support/paradigm-process';

const FIXTURES = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');
const URD_DIX = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';
const EN_US = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };

/** What lt-expand prints for `dix`. */
function ltExpand(dix: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-expand-'));
  try {
    execFileSync('lt-expand', [dix, join(dir, 'out')]);
    return readFileSync(join(dir, 'out'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('paradigm expand', () => {
  it("apertium: the paradigm process prints lt-expand's output for apertium-urd, byte for byte", async () => {
    const ended = await runParadigm(['expand', 'apertium', URD_DIX], {});
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
    expect(ended.stdout.split('\n').length).toBeGreaterThan(100_000);
    expect(ended.stdout).toBe(ltExpand(URD_DIX));
  });

  it("apertium: a .dix in UTF-16 or a declared ISO-8859-1 prints lt-expand's output, as a UTF-8 one does", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-expand-encodings-'));
    try {
      // apertium-urd starts with a UTF-8 byte order mark, which iconv makes the UTF-16 one.
      const utf16 = join(dir, 'urd-utf16.dix');
      writeFileSync(utf16, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'UTF-16LE', URD_DIX], { maxBuffer: 1 << 28 }));
      const latin1 = join(dir, 'latin1.dix');
      const text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<dictionary><pardefs><pardef n="caf/é__n"><e><p><l>é</l><r>é<s n="n"/></r></p></e><e><p><l>és</l><r>é<s n="n"/><s n="pl"/></r></p></e></pardef></pardefs>\n<section id="main" type="standard"><e lm="café"><i>caf</i><par n="caf/é__n"/></e><e><i>niño</i></e></section></dictionary>\n';
      writeFileSync(latin1, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'ISO-8859-1'], { input: text }));
      expect(ltExpand(latin1)).toBe('café:café<n>\ncafés:café<n><pl>\nniño:niño\n');
      for (const dix of [utf16, latin1]) {
        const io = capture();
        expect(await main(['expand', 'apertium', dix], io)).toBe(0);
        expect(io.err()).toBe('');
        expect(io.out() === ltExpand(dix)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hunspell: the paradigm process prints en_US as the streamed expansion of the library, whole', async () => {
    const ended = await runParadigm(['expand', 'hunspell', EN_US.aff, EN_US.dic], {});
    expect(ended.code).toBe(0);
    expect(ended.stdout).toBe([...streamHunspellText(readHunspellFiles(EN_US.aff, EN_US.dic))].join(''));
  });

  it('hunspell: prints every word of a small dictionary, one per line; --strict gives the same words', async () => {
    const files = [join(FIXTURES, 'cross-product.aff'), join(FIXTURES, 'cross-product.dic')];
    for (const extra of [[], ['--strict']]) {
      const io = capture();
      expect(await main(['expand', 'hunspell', ...files, ...extra], io)).toBe(0);
      expect(io.out()).toBe('do\nundo\nredo\ndos\nundos\ndoed\n');
      expect(io.err()).toBe('');
    }
  });

  it("hunspell: takes the .dic before the .aff too (unmunch's order), when the names say which is which", async () => {
    const aff = join(FIXTURES, 'cross-product.aff');
    const dic = join(FIXTURES, 'cross-product.dic');
    const swapped = capture();
    expect(await main(['expand', 'hunspell', dic, aff], swapped)).toBe(0);
    expect(swapped.out()).toBe('do\nundo\nredo\ndos\nundos\ndoed\n');
    expect(swapped.err()).toBe('');
  });

  it('hunspell: ignores an unknown flag with one warning line per flag; --strict exits 1 and prints nothing', async () => {
    const files = [join(FIXTURES, 'morph.aff'), join(FIXTURES, 'flag-long.dic')];
    const lenient = capture();
    expect(await main(['expand', 'hunspell', ...files], lenient)).toBe(0);
    expect(lenient.out()).toBe('lock\nlocks\nbake\n');
    const ignored = (flag: string, line: number): string =>
      `paradigm: ignored unknown flag "${flag}" (first at flag-long.dic:${line}), as libhunspell ignores it; --strict makes it an error\n`;
    expect(lenient.err()).toBe(ignored('s', 2) + ignored('U', 2) + ignored('n', 2) + ignored('E', 3) + ignored('d', 3));
    const strict = capture();
    expect(await main(['expand', 'hunspell', ...files, '--strict'], strict)).toBe(1);
    expect(strict.out()).toBe('');
    expect(strict.err()).toBe(
      'paradigm: flag-long.dic:2: unknown flag "s" on "lock": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in morph.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)\n' +
        'nothing was printed\n',
    );
  });

  it('exits 1 naming a missing file, and 2 without the files', async () => {
    const aff = capture();
    expect(await main(['expand', 'hunspell', 'missing.aff', join(FIXTURES, 'morph.dic')], aff)).toBe(1);
    expect(aff.err()).toBe('paradigm: missing.aff: .aff file not found; give the path of an existing .aff file (a dictionary is an .aff and a .dic file)\nnothing was printed\n');
    const dix = capture();
    expect(await main(['expand', 'apertium', '/nonexistent/x.dix'], dix)).toBe(1);
    expect(dix.err()).toBe('paradigm: /nonexistent/x.dix: .dix file not found; give the path of an Apertium monolingual dictionary (.dix)\nnothing was printed\n');
    const usage = capture();
    expect(await main(['expand', 'hunspell', 'only.aff'], usage)).toBe(2);
    expect(usage.err()).toContain("missing required argument 'dic'");
  });

  it('hunspell: an entry past --max-forms-per-entry stops with exit 1 naming its line and the flag; none lifts the limit', async () => {
    const files = [join(FIXTURES, 'entry-form-limit.aff'), join(FIXTURES, 'entry-form-limit.dic')];
    for (const extra of [[], ['--strict']]) {
      const limited = capture();
      expect(await main(['expand', 'hunspell', ...files, '--max-forms-per-entry', '2', ...extra], limited)).toBe(1);
      expect(limited.out()).toBe('');
      expect(limited.err()).toBe(
        `paradigm: entry-form-limit.dic:3: entry "b" derives more than 2 forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there\n` +
          'nothing was printed\n' +
          "raise the limit with --max-forms-per-entry N (now 2), or none, where the machine has the memory for one entry's forms\n",
      );
    }
    for (const limit of ['3', 'none']) {
      const io = capture();
      expect(await main(['expand', 'hunspell', ...files, `--max-forms-per-entry=${limit}`], io)).toBe(0);
      expect(io.out()).toBe('a\nb\nbs\nbes\nc\n');
    }
    const bad = capture();
    expect(await main(['expand', 'hunspell', ...files, '--max-forms-per-entry', '0'], bad)).toBe(2);
    expect(bad.err()).toContain("option '--max-forms-per-entry <n>' argument '0' is invalid. expects a positive whole number of forms, or none for no limit.");
  });

  it('apertium: an entry past --max-forms-per-entry stops with exit 1 naming its line and the flag; none lifts the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-expand-limit-'));
    try {
      const dix = join(dir, 'nested.dix');
      writeFileSync(
        dix,
        '<dictionary><sdefs><sdef n="n"/></sdefs><pardefs>\n' +
          '<pardef n="q2"><e><p><l>a</l><r>a<s n="n"/></r></p></e><e><p><l>b</l><r>b<s n="n"/></r></p></e></pardef>\n' +
          '<pardef n="q1"><e><p><l>c</l><r>c</r></p><par n="q2"/></e><e><p><l>d</l><r>d</r></p><par n="q2"/></e></pardef>\n' +
          '</pardefs><section id="main" type="standard">\n<e><i>ok</i><par n="q2"/></e>\n<e lm="x"><i>x</i><par n="q1"/></e>\n</section></dictionary>\n',
      );
      const limited = capture();
      expect(await main(['expand', 'apertium', dix, '--max-forms-per-entry', '3'], limited)).toBe(1);
      expect(limited.out()).toBe('');
      expect(limited.err()).toBe(
        `paradigm: ${dix}:6:1: the entry of "x" derives more than 3 forms, counting the partial forms its nested pardefs pass on: the limit for one entry; the expansion stopped there\n` +
          'nothing was printed\n' +
          "raise the limit with --max-forms-per-entry N (now 3), or none, where the machine has the memory for one entry's forms\n",
      );
      const io = capture();
      expect(await main(['expand', 'apertium', dix, '--max-forms-per-entry=none'], io)).toBe(0);
      expect(io.out()).toBe(ltExpand(dix));
      expect(io.out().split('\n')).toHaveLength(2 + 4 + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hunspell: hu_HU (Debian hunspell-hu), many of whose entries derive more than the default limit, stops at its first entry with exit 1', async () => {
    const ended = await runParadigm(['expand', 'hunspell', '/usr/share/hunspell/hu_HU.aff', '/usr/share/hunspell/hu_HU.dic'], {});
    expect(ended.code).toBe(1);
    expect(ended.stdout).toBe('');
    expect(ended.stderr.split('\n').filter((line) => !line.startsWith('paradigm: ignored unknown flag'))).toEqual([
      `paradigm: hu_HU.dic:2: entry "üzér" derives more than 100000 forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there`,
      'nothing was printed',
      "raise the limit with --max-forms-per-entry N (now 100000), or none, where the machine has the memory for one entry's forms",
      '',
    ]);
  });
});
