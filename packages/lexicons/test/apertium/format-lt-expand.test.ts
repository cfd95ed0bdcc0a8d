import type { Form } from '@paradigm/core';
import { formatLtExpand } from '@paradigm/lexicons';

const form = (surface: string, analysis: string, dir: Form['dir']): Form => ({ lexemeId: 1, patternId: 1, cell: '', surface, analysis, dir, position: 0 });

describe('formatLtExpand', () => {
  it('prints unrestricted, then LR (:>:), then RL (:<:) lines, keeping the order within each', () => {
    expect(
      formatLtExpand([
        form('a', 'a<x>', 'RL'),
        form('b', 'b<x>', 'both'),
        form('c', 'c<x>', 'LR'),
        form('d', 'd<x>', 'both'),
        form('e', 'e<x>', 'LR'),
        form('f', 'f<x>', 'RL'),
      ]),
    ).toEqual(['b:b<x>', 'd:d<x>', 'c:>:c<x>', 'e:>:e<x>', 'a:<:a<x>', 'f:<:f<x>']);
    expect(formatLtExpand([])).toEqual([]);
  });
});
