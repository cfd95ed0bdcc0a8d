import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('empty surfaces (pro-drop entries, a word wholly inside its pardef)', () => {
  it('prints them and continues from them, as lt-expand does', () => {
    const file = fixture('empty-surfaces.dix');
    const expected = lines(':prpers<prn><subj>', 'm:esse<vbser><pres><p1><sg>', 's:esse<vbser><pres><p3><sg>');
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });
});
