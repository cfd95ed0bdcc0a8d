import { readFileSync } from 'node:fs';
import { ltExpand, ourExpand, URD_DIX } from './support/lt-expand';

// apertium-urd writes two stems with shadda before fatha (U+0651 U+064E), which is not NFC. lt-expand
// prints bytes as written; paradigm-core normalises all text to NFC (docs/patterns.md), so those lines
// come out canonically equal but not byte-equal. Every other line must be byte-equal, in order.
describe('apertium-urd.urd.dix expanded through paradigm-core', () => {
  const theirs = ltExpand(URD_DIX);
  const ours = ourExpand(URD_DIX);

  it('equals lt-expand line for line, in order, after NFC of lt-expand output', () => {
    expect(ours.split('\n').length).toBe(103_032);
    expect(ours).toBe(theirs.normalize('NFC'));
  });

  it('differs in bytes only on the 13 lines whose .dix text is not NFC', () => {
    const a = ours.split('\n');
    const b = theirs.split('\n');
    const differing = b.flatMap((line, index) => (line === a[index] ? [] : [index + 1]));
    expect(differing).toEqual([47376, 47377, 47378, 47379, 47380, 47381, 52238, 52239, 52240, 52241, 52242, 52243, 52244]);
    for (const index of differing) expect(b[index - 1]).not.toBe(b[index - 1].normalize('NFC'));
    const source = readFileSync(URD_DIX, 'utf8');
    expect(source.normalize('NFC')).not.toBe(source);
  });
});
