// Oracle 1 on a real dictionary: for en_US (Debian hunspell-en-us and npm dictionary-en) the unique set
// of our words equals the unique set of `hunspell-reader words`, with no differences at all.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hunspellReaderWords, importFiles, ourWords } from './hunspell-oracles';

const DICTIONARY_EN = resolve(__dirname, '../../../../node_modules/dictionary-en');

describe('en_US words equal hunspell-reader words', () => {
  it('Debian /usr/share/hunspell/en_US', () => {
    const paths = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };
    const ours = ourWords(importFiles(paths));
    expect(ours.length).toBe(166788);
    expect(ours).toEqual(hunspellReaderWords(paths.dic));
  });

  it('npm dictionary-en', () => {
    // hunspell-reader finds the .aff by the .dic's name, so give the pair one name.
    const dir = mkdtempSync(join(tmpdir(), 'dictionary-en-'));
    try {
      const paths = { aff: join(dir, 'en.aff'), dic: join(dir, 'en.dic') };
      copyFileSync(join(DICTIONARY_EN, 'index.aff'), paths.aff);
      copyFileSync(join(DICTIONARY_EN, 'index.dic'), paths.dic);
      const ours = ourWords(importFiles(paths));
      expect(ours.length).toBe(123699);
      expect(ours).toEqual(hunspellReaderWords(paths.dic));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
