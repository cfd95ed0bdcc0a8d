// An entry that derives more forms than the expansion allows one entry stops the expansion with an error
// naming the entry (its .dic line when streamed, its number when read whole) and the limit; the limit is an
// option, Infinity lifts it. Fixture entry-form-limit: "a" and "c" make one word each, "b/S" three (b, bs, bes).
import { EntryFormLimitError, expandHunspellText, parseFormLimit, parseHunspell, readHunspellFiles, streamHunspellBytes, streamHunspellText } from '@paradigm/lexicons';
import { fixture } from './hunspell-oracles';

const WORDS = 'a\nb\nbs\nbes\nc\n';

function files() {
  const paths = fixture('entry-form-limit');
  return readHunspellFiles(paths.aff, paths.dic);
}

/** What `run` throws: an EntryFormLimitError's fields (any other error is rethrown; none fails). */
function limitErrorOf(run: () => unknown): { file: string; line: number; word: string; limit: number; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof EntryFormLimitError)) throw error;
    return { file: error.file, line: error.line, word: error.word, limit: error.limit, message: error.message };
  }
  throw new Error('no error');
}

describe('the limit of forms per entry', () => {
  it('streamed: stops at the entry past it, naming its .dic line', () => {
    const streamedText = () => [...streamHunspellText(files(), { maxFormsPerEntry: 2 })].join('');
    const streamedBytes = () => [...streamHunspellBytes(files(), { maxFormsPerEntry: 2 })];
    const expected = {
      file: 'entry-form-limit.dic',
      line: 3,
      word: 'b',
      limit: 2,
      message: `entry-form-limit.dic:3: entry "b" derives more than 2 forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there`,
    };
    expect(limitErrorOf(streamedText)).toEqual(expected);
    expect(limitErrorOf(streamedBytes)).toEqual(expected);
  });

  it('read whole: names the entry by its number', () => {
    const lexicon = parseHunspell(files());
    expect(limitErrorOf(() => [...expandHunspellText(lexicon, { maxFormsPerEntry: 2 })]).message).toBe(
      `entry-form-limit.aff + entry-form-limit.dic: entry 2 ("b") derives more than 2 forms, the limit for one entry (its classes' continuations multiply); the expansion stopped there`,
    );
  });

  it('at the entry\'s count, or lifted, every word comes', () => {
    for (const maxFormsPerEntry of [3, Infinity, undefined]) {
      expect([...streamHunspellText(files(), { maxFormsPerEntry })].join('')).toBe(WORDS);
      expect(Buffer.concat([...streamHunspellBytes(files(), { maxFormsPerEntry })].map((chunk) => Buffer.from(chunk))).toString('utf8')).toBe(WORDS);
      expect([...expandHunspellText(parseHunspell(files()), { maxFormsPerEntry })].join('')).toBe(WORDS);
    }
  });

  it('reads a command line\'s limit: a positive whole number or none', () => {
    expect(['1', '100000', 'none', '0', '-1', '1.5', '1e3', ' 2', '', 'None', '99999999999999999999'].map(parseFormLimit)).toEqual([
      1,
      100000,
      Infinity,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
