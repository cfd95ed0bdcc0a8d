import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readApertiumFile, readHunspellFiles, readNativeFiles } from '@paradigm/lexicons';

// readFileSync reads at most 2 GiB; past it Node's own text ("File size (N) is greater than 2 GiB")
// was shown in parentheses. Each reader now says it in words, naming the file. The files are sparse:
// nothing is written to disk and nothing is read.
/** The message of what `run` throws. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('files past 2 GiB', () => {
  let dir: string;
  const big = (name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, '');
    truncateSync(path, 3 * 2 ** 30);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'past-2-gib-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a Hunspell file is refused in words', () => {
    const dic = big('big.dic');
    expect(errorOf(() => readHunspellFiles(join(__dirname, 'fixtures', 'morph.aff'), dic))).toBe(
      `${dic}: .dic file is larger than 2 GiB, more than can be read (is this the right file?); give the path of an existing .dic file (a dictionary is an .aff and a .dic file)`,
    );
  });

  it('an Apertium file is refused in words', () => {
    const dix = big('big.dix');
    expect(errorOf(() => readApertiumFile(dix))).toBe(
      `${dix}: .dix file is larger than 2 GiB, more than can be read (is this the right file?); give the path of an Apertium monolingual dictionary (.dix)`,
    );
  });

  it('a pattern file is refused in words', () => {
    const patterns = big('big.patterns');
    expect(errorOf(() => readNativeFiles([patterns]))).toBe(`${patterns}: is larger than 2 GiB, more than can be read; is this the right file?`);
  });
});
