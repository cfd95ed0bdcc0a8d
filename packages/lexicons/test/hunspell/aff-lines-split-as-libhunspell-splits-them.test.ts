// libhunspell finds an option by comparing the start of the line with its keyword, and separates fields by
// spaces and tabs only. So an indented header or option is no option (the rule below an indented header
// is then read as a header with a bad count), and a vertical tab or form feed is part of the field it is
// in. Each case is checked against Hunspell::spell().
import { importFiles, ourWords, writtenDictionaries } from './hunspell-oracles';

describe('.aff lines are split into options and fields as libhunspell splits them', () => {
  const dictionaries = writtenDictionaries('aff-lines-');

  it.each([
    ['an indented class header is no header', ' SFX A Y 1\nSFX A 0 s .\n', ['walk'], ['2: "SFX A 0 s ." is no SFX class header']],
    ['an indented option is no option', 'SFX A Y 1\nSFX A 0 s .\n\tNEEDAFFIX A\n', ['walk', 'walks'], []],
    ['an indented rule is a rule', 'SFX A Y 1\n  SFX A 0 s .\n', ['walk', 'walks'], []],
    ['fields separated by tabs', 'SFX\tA\tY\t1\nSFX\tA\t0\ts\t.\n', ['walk', 'walks'], []],
    ['a vertical tab is part of the condition', 'SFX A Y 1\nSFX A 0 s .\v\n', ['walk'], []],
    ['a form feed is part of the affix', 'SFX A Y 1\nSFX A 0 s\f.\n', ['walk', 'walks\f.'], []],
  ])('%s', (name, aff, words, warnings) => {
    const paths = dictionaries.write(name, aff, '1\nwalk/A\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(words);
    expect(lexicon.warnings.map((warning) => `${warning.line}: ${warning.problem}`.split(' (its rule count')[0])).toEqual(warnings);
    expect(dictionaries.checker().rejected(paths, [...words, 'walks'])).toEqual(words.includes('walks') ? [] : ['walks']);
  });
});
