// The pattern text the importer writes: classes, conditions (escapes, FULLSTRIP padding), continuation
// levels, morph cells, word patterns and lexemes, exactly.
import { fixture, importFiles } from './hunspell-oracles';

describe('Hunspell classes become this pattern text', () => {
  it('conditions: Hunspell sets escaped, strings quoted, whole-word strips padded', () => {
    expect(importFiles(fixture('conditions')).patterns.map((pattern) => pattern.source)).toEqual([
      'pattern word\nrule =>\n',
      'pattern sfx:D cross  # conditions.aff:2\n' +
        'rule suffix +d /e/ =>  # conditions.aff:3\n' +
        'rule suffix -y +ied /[^aeiou]y/ =>  # conditions.aff:4\n' +
        'rule suffix +ed /[^ey]/ =>  # conditions.aff:5\n' +
        'rule suffix +ed /[aeiou]y/ =>  # conditions.aff:6\n',
      'pattern sfx:M cross  # conditions.aff:7\nrule suffix +"+x" /[a\\-z]/ =>  # conditions.aff:8\n',
      'pattern sfx:Z cross  # conditions.aff:9\nrule suffix -y +ies /.y/ =>  # conditions.aff:10\n',
      'pattern pfx:P cross  # conditions.aff:11\nrule prefix -ab +x /ab./ =>  # conditions.aff:12\n',
    ]);
  });

  it('continuations: level-2 copies end the chain after two suffixes', () => {
    const lexicon = importFiles(fixture('twofold-depth'));
    expect(lexicon.patterns.map(({ id, name }) => `${id} ${name}`)).toEqual(['1 word', '2 sfx:A', '3 sfx:B', '4 sfx:A:2', '5 sfx:B:2']);
    expect(lexicon.patterns[1]!.source).toBe('pattern sfx:A cross  # twofold-depth.aff:2\nrule suffix +a => > sfx:B:2  # twofold-depth.aff:3\n');
    expect(lexicon.patterns[4]!.source).toBe('pattern sfx:B:2 cross  # twofold-depth.aff:4\nrule suffix +b =>  # twofold-depth.aff:5\n');
  });

  it('morph fields: rule cells and one word pattern per distinct .dic morphology', () => {
    const lexicon = importFiles(fixture('morph'));
    expect(lexicon.patterns.map((pattern) => pattern.source)).toEqual([
      'pattern word\nrule =>\n',
      'pattern word:2\nrule => po:noun\n',
      'pattern word:3\nrule => po:verb\n',
      'pattern sfx:S cross  # morph.aff:2\nrule suffix +s => is:plural  # morph.aff:3\n',
    ]);
    expect(lexicon.lexemes).toEqual([
      { id: 1, lemma: 'cat', patterns: [2, 4] },
      { id: 2, lemma: 'run', patterns: [3] },
    ]);
  });

  it('needaffix, circumfix and excluded continuations', () => {
    expect(importFiles(fixture('needaffix')).patterns[2]!.source).toBe(
      'pattern sfx:B cross  # needaffix.aff:5\nrule suffix +er => > sfx:C:2 [needaffix]  # needaffix.aff:6\n',
    );
    expect(importFiles(fixture('circumfix')).patterns[1]!.source).toBe(
      'pattern pfx:G cross  # circumfix.aff:3\nrule prefix +ge => [circumfix]  # circumfix.aff:4\n',
    );
    expect(importFiles(fixture('forbiddenword')).patterns[2]!.source).toBe(
      'pattern sfx:B cross  # forbiddenword.aff:5\nrule suffix +ed =>  # forbiddenword.aff:6\n',
    );
    expect(importFiles(fixture('forbiddenword')).lexemes.map((lexeme) => lexeme.patterns)).toEqual([[1, 2, 3], [], [1]]);
  });
});
