import { main } from '../src';
import { HELP_TEXT } from '../src/cli/help-text';
import { capture } from './support/capture';

describe('lexicon --help and bad command lines', () => {
  it('prints the help with --help, -h or no arguments', async () => {
    for (const argv of [['--help'], ['-h'], [], ['import', 'apertium', '--help']]) {
      const io = capture();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toBe(HELP_TEXT);
    }
    expect(HELP_TEXT).toContain('import apertium FILE.dix');
    expect(HELP_TEXT).toContain('expand hunspell FILE.aff FILE.dic');
  });

  it('exits 2 naming what is wrong', async () => {
    const cases: [string[], string][] = [
      [['fetch', 'apertium', 'x.dix'], 'lexicon: unknown command "fetch"; the commands are import and expand (lexicon --help)\n'],
      [['expand', 'gf', 'x'], 'lexicon: unknown format "gf" after expand; the formats are apertium and hunspell (lexicon --help)\n'],
      [['import', 'hunspell', 'en.aff'], 'lexicon: import hunspell takes FILE.aff FILE.dic, got 1 file\n'],
      [['expand', 'apertium', 'a.dix', '--fast'], 'lexicon: unknown flag "--fast"; see lexicon --help\n'],
      [['expand', 'hunspell', 'a.aff', 'a.dic', '--max-forms-per-entry=0'], 'lexicon: --max-forms-per-entry=0: give a positive whole number of forms, or none for no limit\n'],
      [['expand', 'hunspell', 'a.aff', 'a.dic', '--max-forms-per-entry'], 'lexicon: unknown flag "--max-forms-per-entry"; see lexicon --help\n'],
      [
        ['import', 'hunspell', 'a.aff', 'a.dic', '--max-forms-per-entry=9'],
        'lexicon: --max-forms-per-entry applies to expand only: an import stores the lexicon, and the worker generates its forms\n',
      ],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toBe(message);
      expect(io.out()).toBe('');
    }
  });
});
