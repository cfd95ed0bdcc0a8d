import type { Lexeme, PatternSource } from '@paradigm/core';

export const PATTERNS: PatternSource[] = [
  { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' },
  { id: 2, name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ed => V;PST\n' },
  { id: 3, name: 'triliteral', source: 'pattern triliteral\nrule template C-a-C-a-C => V;PST;3;SG;M\n' },
];

/** Lexemes 1..n with a mix of stem/root/gloss presence and 0 to 3 patterns in varying order. */
export function lexemes(n: number): Lexeme[] {
  return Array.from({ length: n }, (_, i): Lexeme => {
    const id = i + 1;
    const patterns = [[], [1], [2, 1], [3, 1, 2]][id % 4]!;
    return {
      id,
      lemma: `lemma${id}`,
      ...(id % 3 === 0 ? { stem: `stem\t${id}` } : {}),
      ...(id % 4 === 3 ? { root: ['k', 't', `"${id}\\`] } : {}),
      ...(id % 5 === 0 ? { gloss: `gloss ${id}` } : {}),
      patterns,
    };
  });
}
