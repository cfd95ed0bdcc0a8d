// A spelling whose first .dic entry carries FORBIDDENWORD is no word, whichever entry generates it:
// libhunspell's spell() looks the spelling up before trying affixes and rejects it there.
import { fixture, importFiles, ourWords } from './hunspell-oracles';

describe('a forbidden spelling is not printed', () => {
  it('leaves out "walks" (walk/S generates it, walks/! forbids it) and keeps dog (its first entry is allowed)', () => {
    const lexicon = importFiles(fixture('forbidden-homonym'));
    expect(lexicon.forbiddenWords).toEqual(['walks']);
    expect(ourWords(lexicon)).toEqual(['cat', 'cats', 'dog', 'walk']);
  });
});
