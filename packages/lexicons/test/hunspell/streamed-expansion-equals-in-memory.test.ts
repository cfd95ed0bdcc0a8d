// The streamed expansion (entries generated as they are read, as `lexicon expand hunspell` runs it) prints
// exactly the text of the in-memory one (parseHunspell + expandHunspellText), warnings and ignored flags too.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expandHunspellText, parseHunspell, readHunspellFiles, streamHunspellText, type HunspellWarning, type IgnoredFlag } from '@paradigm/lexicons';
import { fixture } from './hunspell-oracles';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

function compare(paths: { aff: string; dic: string }): void {
  const files = readHunspellFiles(paths.aff, paths.dic);
  const lexicon = parseHunspell(files);
  const warnings: HunspellWarning[] = [];
  const ignored: IgnoredFlag[] = [];
  const streamed = [...streamHunspellText(files, { onWarning: (w) => warnings.push(w), onIgnoredFlag: (f) => ignored.push(f) })].join('');
  expect(streamed).toBe([...expandHunspellText(lexicon)].join(''));
  expect(warnings).toEqual(lexicon.warnings);
  expect(ignored).toEqual(lexicon.ignoredFlags);
}

describe('the streamed expansion equals the in-memory one', () => {
  for (const name of FIXTURES) it(`fixture ${name}`, () => compare(fixture(name)));
  it('en_US (Debian hunspell-en-us)', () => compare({ aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' }));
});
