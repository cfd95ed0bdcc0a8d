import { ltExpand, ourExpand, URD_DIX } from './support/lt-expand';

describe('apertium-urd.urd.dix expanded through paradigm-core', () => {
  it('equals lt-expand byte for byte, order included', () => {
    const theirs = ltExpand(URD_DIX);
    const ours = ourExpand(URD_DIX);
    expect(ours.split('\n').length).toBe(103_032);
    // The .dix has non-NFC stems (shadda before fatha); expansion keeps them as lt-expand does.
    expect(theirs.normalize('NFC')).not.toBe(theirs);
    expect(ours === theirs).toBe(true);
  });
});
