// One flag may name a PFX and an SFX class (ro_RO.aff uses e, K, B, ...): libhunspell keeps the two
// classes apart and applies both wherever the flag is carried, on a .dic entry or in a continuation, without
// a warning. The import makes each its own pattern; Hunspell::spell() accepts exactly the words generated.
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

describe('a flag naming a PFX and an SFX class', () => {
  it('becomes two patterns, and an entry with the flag takes both', () => {
    const lexicon = importFiles(fixture('shared-flag'));
    expect(lexicon.patterns.map(({ id, name }) => `${id} ${name}`)).toEqual(['1 word', '2 sfx:e', '3 sfx:n', '4 pfx:e', '5 pfx:n', '6 sfx:c', '7 sfx:e:2', '8 pfx:e:2', '9 sfx:e:2:e']);
    expect(lexicon.lexemes.map(({ lemma, patterns }) => `${lemma} ${patterns.join(',')}`)).toEqual(['dulce 1,2,4', 'cald 1,3,5', 'verde 1,6']);
    expect(lexicon.patterns.find(({ name }) => name === 'sfx:c')!.source).toBe('pattern sfx:c cross  # shared-flag.aff:17\nrule suffix +s => > sfx:e:2:e pfx:e:2  # shared-flag.aff:18\n');
    expect(lexicon.warnings).toEqual([]);
  });

  it('libhunspell accepts every word generated and rejects the combinations not generated', () => {
    const words = ourWords(importFiles(fixture('shared-flag')));
    expect(words).toEqual(['cald', 'caldul', 'dulce', 'dulcele', 'nedulce', 'nedulcele', 'recald', 'verde', 'verdes', 'verdesle']);
    const checker = new SpellChecker();
    try {
      const others = ['recaldul', 'neverde', 'neverdes', 'neverdesle', 'verdele'];
      expect(checker.rejected(fixture('shared-flag'), [...words, ...others])).toEqual(others);
    } finally {
      checker.dispose();
    }
  });

  it('is no problem under strict checking either', () => {
    const { aff, dic } = fixture('shared-flag');
    expect(ourWords(parseHunspell(readHunspellFiles(aff, dic), { strict: true }))).toEqual(ourWords(importFiles(fixture('shared-flag'))));
  });
});
