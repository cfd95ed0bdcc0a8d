import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('i="yes", alt and variant attributes, as lt-expand without -a/-v/-l/-r treats them', () => {
  it('skips ignored and alternative entries (unchecked) and keeps variant entries as LR only', () => {
    const file = fixture('skipped.dix');
    const expected = lines(
      'kept:kept<n><sg>',
      'kepts:>:kept<n><pl>',
      'vars:>:var<n><pl>',
      'varlrs:>:varlr<n><pl>',
      'varlr:>:varlr<n><sg>',
      'vls:>:vl<n><pl>',
      'weighted:weighted<n><sg>',
      'weighteds:>:weighted<n><pl>',
    );
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });
});
