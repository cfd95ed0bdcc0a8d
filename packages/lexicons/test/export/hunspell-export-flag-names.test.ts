// flagNames: one ASCII letter or digit per flag while 62 do, FLAG long then FLAG num beyond; preferred
// names kept where the mode can write them.
import { flagNames } from '../../src/export/hunspell/flag-names';
import { importedFlag } from '../../src/export/hunspell/imported-flag';

describe('flagNames picks the simplest FLAG mode with room, keeping preferred flags', () => {
  it('char: letters, then digits; preferred flags first, the rest in order', () => {
    const names = flagNames(4, [undefined, 'A', 'é', 'AB']);
    expect([names.mode, names.affLine, names.flags, names.join(['A', 'C'])]).toEqual(['char', undefined, ['B', 'A', 'C', 'D'], 'AC']);
    expect(flagNames(62).flags.slice(50)).toEqual(['y', 'z', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('long past 62 flags, num past 3,844, and no more than 65,000', () => {
    const long = flagNames(63, ['AB']);
    expect([long.mode, long.affLine, long.flags.slice(0, 3), long.flags[62], long.join(['AB', 'AC'])]).toEqual(['long', 'FLAG long', ['AB', 'AA', 'AC'], 'BA', 'ABAC']);
    expect(new Set(flagNames(3844).flags).size).toBe(3844);
    const num = flagNames(3845, [undefined, '1']);
    expect([num.mode, num.affLine, num.flags.slice(0, 3), num.join(['1', '20'])]).toEqual(['num', 'FLAG num', ['2', '1', '3'], '1,20']);
    expect(() => flagNames(65001)).toThrow(new RangeError('65001 flags do not fit in FLAG num (1 to 65000)'));
  });

  it('reads the flag back from an imported class name', () => {
    expect(['sfx:A', 'pfx:Ab', 'sfx:_21_', 'sfx:_e9_x', 'sfx:A:2', 'word', 'sfx:_110000_'].map(importedFlag)).toEqual(['A', 'Ab', '!', 'éx', undefined, undefined, undefined]);
  });
});
