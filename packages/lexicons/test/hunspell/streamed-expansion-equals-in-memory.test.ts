// The streamed expansion (entries generated as they are read, as `lexicon expand hunspell` runs it) prints
// exactly the text of the in-memory one (parseHunspell + expandHunspellText), warnings and ignored flags too,
// and its bytes (what the command writes) are that text in UTF-8.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expandHunspellText, parseHunspell, readHunspellFiles, streamHunspellBytes, streamHunspellText, type HunspellWarning, type IgnoredFlag } from '@paradigm/lexicons';
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
  // Each chunk is valid until the next is asked for: copied as it comes.
  const bytes = Buffer.concat(Array.from(streamHunspellBytes(files), (chunk) => Buffer.from(chunk)));
  expect(bytes.toString('utf8')).toBe(streamed);
  expect(warnings).toEqual(lexicon.warnings);
  expect(ignored).toEqual(lexicon.ignoredFlags);
}

describe('the streamed expansion equals the in-memory one', () => {
  for (const name of FIXTURES) it(`fixture ${name}`, () => compare(fixture(name)));
  it('en_US (Debian hunspell-en-us)', () => compare({ aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' }));
});
