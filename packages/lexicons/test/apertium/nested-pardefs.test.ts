import { readFileSync } from 'node:fs';
import { parseApertium } from '@paradigm/lexicons';
import { fixture, lines, ltExpand, ourExpand } from './support/lt-expand';

describe('<par> inside pardef entries and items after a <par>', () => {
  const file = fixture('nested.dix');

  it('expands like lt-expand', () => {
    const expected = lines(
      'cat:cat<n><sg><nom>',
      "cat's:cat<n><sg><gen>",
      'cats:cat<n><pl><nom>',
      "cats's:cat<n><pl><gen>",
      'catz:>:cat<n><pl><old><nom>',
      "catz's:>:cat<n><pl><old><gen>",
      'cates:<:cat<n><sg><gen>',
      'catses:<:cat<n><pl><gen>',
      'xab:xa<nom>b<nom>',
      "xab's:xa<nom>b<gen>",
      "xa'sb:xa<gen>b<nom>",
      "xa'sb's:xa<gen>b<gen>",
      'xaesbes:<:xa<gen>b<gen>',
      'xabes:<:xa<nom>b<gen>',
      "xa'sbes:<:xa<gen>b<gen>",
      'takes part:take<vblex><pres># part',
      'and:and<cnjcoo>',
    );
    expect(ourExpand(file)).toBe(expected);
    expect(ltExpand(file)).toBe(expected);
  });

  it('continues with [needaffix] > NAME into synthesized patterns for the rest of the entry', () => {
    const lexicon = parseApertium(readFileSync(file, 'utf8'), 'nested.dix');
    const source = (name: string) => lexicon.patterns.find((p) => p.name === name)?.source;
    expect(source('cat__n')).toBe(
      'pattern cat__n\n' +
        'rule gloss +"<n><sg>" => n;sg > case:both [needaffix]\n' +
        'rule suffix +"s" gloss +"<n><pl>" => n;pl > case:both [needaffix]\n' +
        'rule suffix +"z" gloss +"<n><pl><old>" => n;pl;old > case:both [needaffix LR]\n' +
        'rule gloss +"<n><sg>" => n;sg > case:RL [needaffix RL]\n' +
        'rule suffix +"s" gloss +"<n><pl>" => n;pl > case:RL [needaffix RL]\n',
    );
    expect(source('two-step')).toBe(
      'pattern two-step\n' +
        'rule suffix +"a" gloss +"a" => > case:both:2 [needaffix]\n' +
        'rule suffix +"a" gloss +"a" => > case:RL:2 [needaffix RL]\n' +
        'rule suffix +"a" gloss +"a" => > case:both:3 [needaffix RL]\n',
    );
    expect(source('case:both:2')).toBe(
      'pattern case:both:2\nrule suffix +"b" gloss +"<nom>b" => nom > case:both [needaffix]\nrule suffix +"\'sb" gloss +"<gen>b" => gen > case:both [needaffix]\n',
    );
    const takePart = lexicon.lexemes.find((l) => l.lemma === 'take part')!;
    expect(takePart.patterns.map((id) => lexicon.patterns[id - 1].source)).toEqual([
      'pattern pres:tail\nrule suffix +"s part" gloss +"<vblex><pres># part" => vblex;pres\n',
    ]);
  });
});
