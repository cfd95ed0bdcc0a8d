// formatHunspell on patterns as the database stores them, with ids of their own (gaps where a pattern was
// deleted, a pattern added with its own id): the lexemes name patterns, so the ids play no part. The
// patterns' ids used to override the numbering the lexemes' names were resolved by, and every lexeme of a
// pattern whose id was not its place in the list was left out as taking an unknown pattern.
import { formatHunspell } from '../../src';

const NOUN = 'rule => N;SG\nrule suffix +s => N;PL\n';

describe('formatHunspell: patterns with ids of their own', () => {
  it('writes the same files as for the same patterns without ids', () => {
    const stored = [
      { id: 3, name: 'noun', source: `pattern noun\n${NOUN}` },
      { id: 99, name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ing => V;PTCP\n' },
    ];
    const lexemes = [
      { id: 1, lemma: 'walk', patterns: ['noun', 'verb'] },
      { id: 2, lemma: 'cat', patterns: ['noun'] },
    ];
    const result = formatHunspell(stored, lexemes);
    expect({ dic: result.dic, leftOut: result.leftOut }).toEqual({ dic: '2\nwalk/AB\ncat/A\n', leftOut: [] });
    expect(result).toEqual(formatHunspell(stored.map(({ name, source }) => ({ name, source })), lexemes));
  });
});
