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

  it('exits 1 on an unknown flag, and --ignore-unknown-flags ignores it as libhunspell does', async () => {
    const aff = join(FIXTURES, 'morph.aff');
    const dic = join(FIXTURES, 'flag-long.dic');
    const strict = capture();
    expect(await main(['expand', 'hunspell', aff, dic], strict)).toBe(1);
    expect(strict.err()).toBe(
      'flag-long.dic:2: unknown flag "s" on "lock": no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in morph.aff defines it; define it, remove it, or ignore unknown flags as Hunspell does (--ignore-unknown-flags)\n' +
        'lexicon: stopped; nothing was imported or printed.\n',
    );
    const lenient = capture();
    expect(await main(['expand', 'hunspell', aff, dic, '--ignore-unknown-flags'], lenient)).toBe(0);
    expect(lenient.out()).toBe('lock\nlocks\nbake\n');
    expect(lenient.err()).toBe(
      'lexicon: ignored unknown flag "s" (first at flag-long.dic:2)\n' +
        'lexicon: ignored unknown flag "U" (first at flag-long.dic:2)\n' +
        'lexicon: ignored unknown flag "n" (first at flag-long.dic:2)\n' +
        'lexicon: ignored unknown flag "E" (first at flag-long.dic:3)\n' +
        'lexicon: ignored unknown flag "d" (first at flag-long.dic:3)\n',
    );
  });

  it('exits 1 naming a missing .aff', async () => {
    const io = capture();
    expect(await main(['expand', 'hunspell', 'missing.aff', join(FIXTURES, 'morph.dic')], io)).toBe(1);
    expect(io.err()).toBe(
      'missing.aff: .aff file not found; give the path of an existing .aff file (a dictionary is an .aff and a .dic file)\nlexicon: stopped; nothing was imported or printed.\n',
    );
  });
});
