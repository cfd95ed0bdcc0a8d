// A reading that needs only some entries reads only their .dic lines, and every line such an entry could be on.
import { dicLinesHolding, dicLinesStartingWith } from '../../src/hunspell/dic-lines';

const DIC = '6\nwalk/S\ntalk\nand\\/or/S\n  lead\ncaf\xc3\xa9/S\nwalker\n';

describe('narrowed .dic texts', () => {
  it('keep the first line and the lines holding a needle, in order', () => {
    expect(dicLinesHolding(DIC, ['\xc3\xa9', 'lk/'])).toBe('6\nwalk/S\ncaf\xc3\xa9/S\n');
  });

  it('keep the lines starting with a word, and those with an escape or a leading blank', () => {
    expect(dicLinesStartingWith(DIC, new Set(['walk', 'and/or']))).toBe('6\nwalk/S\nand\\/or/S\n  lead\nwalker\n');
    expect(dicLinesStartingWith(DIC, new Set(['t']))).toBe('6\ntalk\nand\\/or/S\n  lead\n');
  });
});
