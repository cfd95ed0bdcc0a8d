// libhunspell strips an affix, looks the stem up and takes the first .dic entry of it whose flags allow
// the affix; when that entry carries FORBIDDENWORD the word is rejected, even if a later entry of the same
// spelling allows the affix too (de_DE_frami.dic: weißmachen/dDIXY before weißmachen/nDIXY, no weißmache).
import { readHunspellFiles, streamHunspellText } from '@paradigm/lexicons';
import { fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

const WORDS = ['lache', 'lachen', 'lachend', 'unmache', 'unmachen', 'unmachend'];

describe('a forbidden entry takes the words it makes from later entries of its spelling', () => {
  it('leaves out mache and machend (machen/!D before machen/DU), keeps the prefixed forms and lachen/D before lachen/!D', () => {
    const lexicon = importFiles(fixture('forbidden-homonym-affixes'));
    expect(ourWords(lexicon)).toEqual(WORDS);
    const paths = fixture('forbidden-homonym-affixes');
    const streamed = [...streamHunspellText(readHunspellFiles(paths.aff, paths.dic))].join('').split('\n').filter((word) => word !== '');
    expect(streamed.sort()).toEqual(WORDS);
  });

  it('matches libhunspell: it rejects mache, machen and machend and accepts the rest', () => {
    const checker = new SpellChecker();
    try {
      expect(checker.rejected(fixture('forbidden-homonym-affixes'), [...WORDS, 'mache', 'machen', 'machend'])).toEqual(['mache', 'machen', 'machend']);
    } finally {
      checker.dispose();
    }
  });
});
