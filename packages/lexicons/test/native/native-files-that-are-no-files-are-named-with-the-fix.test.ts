import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NativeFileError, readNativeFiles } from '@paradigm/lexicons';

// A path that is no readable file is said in words with the fix, as the dictionary readers say it, not
// as the system's error text (`ENOTDIR: not a directory, open ...`) or the device refusal's own message
// repeated after the path.
describe('native files that are no files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'native-no-file-'));
    writeFileSync(join(dir, 'english.patterns'), 'pattern p\nrule suffix +s => PL\n');
    symlinkSync('/dev/null', join(dir, 'null.patterns'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says a path through a file is not found', () => {
    const file = join(dir, 'english.patterns', 'x.patterns');
    expect(() => readNativeFiles([file])).toThrow(new NativeFileError(file, `${file}: no such file; check the path`));
  });

  it('refuses a device, naming it once', () => {
    const file = join(dir, 'null.patterns');
    expect(() => readNativeFiles([file])).toThrow(new NativeFileError(file, `${file}: is a device, not a file; give a file (or a pipe)`));
  });
});
