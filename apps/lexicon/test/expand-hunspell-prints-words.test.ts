import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

const FIXTURES = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');

describe('lexicon expand hunspell FILE.aff FILE.dic', () => {
  it('prints every word, one per line, without a database', async () => {
    const io = capture();
    expect(await main(['expand', 'hunspell', join(FIXTURES, 'cross-product.aff'), join(FIXTURES, 'cross-product.dic')], io)).toBe(0);
    expect(io.out()).toBe('do\nundo\nredo\ndos\nundos\ndoed\n');
    expect(io.err()).toBe('');
  });

  it("takes the .dic before the .aff too (unmunch's order), also with --strict", async () => {
    for (const extra of [[], ['--strict']]) {
      const io = capture();
      expect(await main(['expand', 'hunspell', join(FIXTURES, 'cross-product.dic'), join(FIXTURES, 'cross-product.aff'), ...extra], io)).toBe(0);
      expect(io.out()).toBe('do\nundo\nredo\ndos\nundos\ndoed\n');
      expect(io.err()).toBe('');
    }
  });

  it('ignores an unknown flag as libhunspell does, with one warning line per flag; --strict exits 1 on it', async () => {
    const aff = join(FIXTURES, 'morph.aff');
    const dic = join(FIXTURES, 'flag-long.dic');
    const lenient = capture();
    expect(await main(['expand', 'hunspell', aff, dic], lenient)).toBe(0);
    expect(lenient.out()).toBe('lock\nlocks\nbake\n');
    const ignored = (flag: string, line: number): string =>
      `lexicon: ignored unknown flag "${flag}" (first at flag-long.dic:${line}), as libhunspell ignores it; --strict makes it an error\n`;
    expect(lenient.err()).toBe(ignored('s', 2) + ignored('U', 2) + ignored('n', 2) + ignored('E', 3) + ignored('d', 3));
    const strict = capture();
    expect(await main(['expand', 'hunspell', aff, dic, '--strict'], strict)).toBe(1);
    expect(strict.out()).toBe('');
    expect(strict.err()).toBe(
      'flag-long.dic:2: unknown flag "s" on "lock": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in morph.aff defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)\n' +
        'lexicon: stopped; nothing was imported or printed.\n',
    );
  });

  it('shows an unknown flag byte that is a control character as \\xNN: the bytes of a UTF-8 flag read one byte a flag', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lexicon-flag-bytes-'));
    try {
      // No FLAG line: flags are one byte each, so "ช" (E0 B8 8A) is three flags, the last a C1 control character.
      writeFileSync(join(folder, 'th.aff'), 'SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n');
      writeFileSync(join(folder, 'th.dic'), '2\ncat/A\nบ/ช\n');
      const io = capture();
      expect(await main(['expand', 'hunspell', join(folder, 'th.aff'), join(folder, 'th.dic')], io)).toBe(0);
      expect(io.out()).toBe('cat\ncats\nบ\n');
      const ignored = (flag: string): string => `lexicon: ignored unknown flag "${flag}" (first at th.dic:3), as libhunspell ignores it; --strict makes it an error\n`;
      expect(io.err()).toBe(ignored('\u00e0') + ignored('\u00b8') + ignored('\\x8A'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('warns where a class count ends the .aff for libhunspell, and prints what libhunspell accepts', async () => {
    const io = capture();
    expect(await main(['expand', 'hunspell', join(FIXTURES, 'class-count-low.aff'), join(FIXTURES, 'class-count-low.dic')], io)).toBe(0);
    expect(io.out()).toBe('walk\nwalks\nwalked\ntalk\ntalks\njump\njumper\n');
    expect(io.err().split('\n')[0]).toBe(
      'lexicon: warning: class-count-low.aff:7: "SFX B 0 ing ." is no SFX class header (its rule count "ing" is no positive number) and no rule of the class before it; libhunspell reads no further (class-count-low.aff from line 7 on is ignored); write the header "SFX B Y|N number_of_rules" first, or correct the count of the class above',
    );
  });

  it('reads an odd FLAG long field without its last byte as libhunspell does, with one warning line naming file and line; --strict exits 1 on it', async () => {
    const files = [join(FIXTURES, 'flag-long-odd.aff'), join(FIXTURES, 'flag-long-odd.dic')];
    const lenient = capture();
    expect(await main(['expand', 'hunspell', ...files], lenient)).toBe(0);
    expect(lenient.out()).toBe('# https:\nlock\nlocks\nunlocks\nunlock\nwalk\nwalks\ntalk\n');
    const odd = (line: number, field: string, last: string): string =>
      `lexicon: warning: flag-long-odd.dic:${line}: flag field "${field}" has an odd number of characters but "FLAG long" needs two per flag; libhunspell reads it without its last character "${last}"; write two characters per flag\n`;
    const ignored = (flag: string): string =>
      `lexicon: ignored unknown flag "${flag}" (first at flag-long-odd.dic:2), as libhunspell ignores it; --strict makes it an error\n`;
    expect(lenient.err()).toBe(
      odd(2, '/ab.example', 'e') + ['/a', 'b.', 'ex', 'am', 'pl'].map(ignored).join('') + odd(3, 'SsUnX', 'X') + odd(4, 'Ssx', 'x') + odd(5, 'S', 'S'),
    );
    const strict = capture();
    expect(await main(['expand', 'hunspell', ...files, '--strict'], strict)).toBe(1);
    expect(strict.out()).toBe('');
    expect(strict.err()).toBe(
      'flag-long-odd.dic:2: flag field "/ab.example" has an odd number of characters but "FLAG long" needs two per flag\nlexicon: stopped; nothing was imported or printed.\n',
    );
  });

  it('applies both classes of a flag that names a PFX and an SFX class, as libhunspell does, without a warning', async () => {
    for (const strict of [[], ['--strict']]) {
      const io = capture();
      expect(await main(['expand', 'hunspell', join(FIXTURES, 'shared-flag.aff'), join(FIXTURES, 'shared-flag.dic'), ...strict], io)).toBe(0);
      expect(io.out()).toBe('dulce\ndulcele\nnedulcele\nnedulce\ncald\ncaldul\nrecald\nverde\nverdes\nverdesle\n');
      expect(io.err()).toBe('');
    }
  });

  it('exits 1 naming a missing .aff', async () => {
    const io = capture();
    expect(await main(['expand', 'hunspell', 'missing.aff', join(FIXTURES, 'morph.dic')], io)).toBe(1);
    expect(io.err()).toBe(
      'missing.aff: .aff file not found; give the path of an existing .aff file (a dictionary is an .aff and a .dic file)\nlexicon: stopped; nothing was imported or printed.\n',
    );
  });

  it('stops at an entry past --max-forms-per-entry=N, naming its line and the flag; =none lifts the limit', async () => {
    const files = [join(FIXTURES, 'entry-form-limit.aff'), join(FIXTURES, 'entry-form-limit.dic')];
    const limited = capture();
    expect(await main(['expand', 'hunspell', ...files, '--max-forms-per-entry=2'], limited)).toBe(1);
    expect(limited.out()).toBe('');
    expect(limited.err()).toBe(
      `entry-form-limit.dic:3: entry "b" derives more than 2 forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there\n` +
        'lexicon: stopped; nothing was imported or printed.\n' +
        "lexicon: raise the limit with --max-forms-per-entry=N (now 2), or --max-forms-per-entry=none, where the machine has the memory for one entry's words\n",
    );
    for (const limit of ['3', 'none']) {
      const io = capture();
      expect(await main(['expand', 'hunspell', ...files, `--max-forms-per-entry=${limit}`, '--strict'], io)).toBe(0);
      expect(io.out()).toBe('a\nb\nbs\nbes\nc\n');
      expect(io.err()).toBe('');
    }
  });
});
