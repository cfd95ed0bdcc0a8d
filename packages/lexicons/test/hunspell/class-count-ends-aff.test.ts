// A PFX/SFX header announces how many lines of rules follow. libhunspell reads exactly that many; when one
// of them is no rule of the class (count too high) it drops the class, when a rule is left over (count too
// low) it reads it as a header with a bad count, and either way it reads no further. These are the words
// Hunspell::spell() accepts for the two fixtures (the libhunspell oracle test checks every one of them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { errorOf, fixture, importFiles, ourWords } from './hunspell-oracles';

function strictError(name: string): string {
  const { aff, dic } = fixture(name);
  return errorOf(() => parseHunspell(readHunspellFiles(aff, dic), { strict: true }));
}

describe('a class whose count disagrees with its rules ends the .aff, as in libhunspell', () => {
  it('count too high: the class and everything after it are dropped, with a warning', () => {
    const lexicon = importFiles(fixture('class-count-high'));
    expect(ourWords(lexicon)).toEqual(['jump', 'talk', 'talks', 'walk', 'walks']);
    expect(lexicon.warnings).toEqual([
      {
        file: 'class-count-high.aff',
        line: 8,
        problem:
          'a blank line is no rule of SFX class "B", whose header (line 5) announces 3 rules; libhunspell drops the class and reads no further (class-count-high.aff from line 5 on is ignored); correct the count in line 5',
      },
    ]);
  });

  it('count too low: the announced rules stay, the rest of the file is dropped, with a warning', () => {
    const lexicon = importFiles(fixture('class-count-low'));
    // jumper/X is a word: FORBIDDENWORD X comes after the point where libhunspell stops reading.
    expect(ourWords(lexicon)).toEqual(['jump', 'jumper', 'talk', 'talks', 'walk', 'walked', 'walks']);
    expect(lexicon.warnings).toEqual([
      {
        file: 'class-count-low.aff',
        line: 7,
        problem:
          '"SFX B 0 ing ." is no SFX class header (its rule count "ing" is no positive number) and no rule of the class before it; libhunspell reads no further (class-count-low.aff from line 7 on is ignored); write the header "SFX B Y|N number_of_rules" first, or correct the count of the class above',
      },
    ]);
  });

  it('strict: either is an error naming the line', () => {
    expect(strictError('class-count-high')).toBe(
      'class-count-high.aff:8: a blank line is no rule of SFX class "B", whose header (line 5) announces 3 rules; libhunspell drops the class and reads no further (class-count-high.aff from line 5 on is ignored); correct the count in line 5',
    );
    expect(strictError('class-count-low')).toBe(
      'class-count-low.aff:7: "SFX B 0 ing ." is no SFX class header (its rule count "ing" is no positive number) and no rule of the class before it; libhunspell reads no further (class-count-low.aff from line 7 on is ignored); write the header "SFX B Y|N number_of_rules" first, or correct the count of the class above',
    );
  });
});

describe('a class whose count runs past the end of the .aff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'class-count-end-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The newline that ends the last line is no blank line of the class: the file ends there.
  it.each([
    ['ending with a newline', 'SET UTF-8\nSFX A Y 2\nSFX A 0 s .\n'],
    ['ending without one', 'SET UTF-8\nSFX A Y 2\nSFX A 0 s .'],
  ])('%s: the warning says where the file ends', (name, aff) => {
    const paths = { aff: join(dir, `${name}.aff`), dic: join(dir, `${name}.dic`) };
    writeFileSync(paths.aff, aff);
    writeFileSync(paths.dic, '1\nwalk/A\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['walk']);
    expect(lexicon.warnings.map((warning) => `${warning.line}: ${warning.problem}`)).toEqual([
      `2: SFX class "A" announces 2 rules but ${name}.aff ends after 1; libhunspell drops the class and reads no further (${name}.aff from line 2 on is ignored); correct the count`,
    ]);
  });
});
