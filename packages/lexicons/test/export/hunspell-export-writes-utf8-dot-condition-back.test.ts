// A UTF-8 dictionary's suffix condition with a "." left of another position, imported as libhunspell's
// one-byte and multi-byte cases, is exported as that condition again: libhunspell reads the exported pair
// as it reads the original, and the importer reads it back as the same words.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, importFiles, ourWords, SpellChecker } from '../hunspell/hunspell-oracles';
import { exportImported, writeExport } from './hunspell-export-support';

describe('a UTF-8 suffix condition split into cases is exported as written', () => {
  let dir: string;
  let checker: SpellChecker;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunspell-export-dot-'));
    checker = new SpellChecker();
  });
  afterAll(() => {
    checker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('suffix-dot-utf8: [áe].a, every entry with its flags; spell() and our expansion agree with the original', () => {
    const original = fixture('suffix-dot-utf8');
    const result = exportImported(importFiles(original));
    expect([result.asWords, result.leftOut, result.classes]).toEqual([[], [], 2]);
    expect(result.aff).toBe(
      ['# Written by paradigm export hunspell.', 'SET UTF-8', 'FULLSTRIP', '', '# pattern sfx:Z', 'SFX Z Y 1', 'SFX Z a 0 [áe].a', '', '# pattern pfx:P', 'PFX P Y 1', 'PFX P 0 x á.a', ''].join('\n'),
    );
    expect(result.dic).toBe('6\nkára/Z\nbeta/Z\náña/Z\náñta/Z\nátaz/P\náñaz/P\n');
    const exported = writeExport(dir, 'suffix-dot-utf8', result);

    const candidates = ['kára', 'kár', 'beta', 'bet', 'áña', 'áñ', 'áñta', 'áñt', 'átaz', 'xátaz', 'áñaz', 'xáñaz'];
    expect(checker.rejected(original, candidates)).toEqual(['kár']);
    expect(checker.rejected(exported, candidates)).toEqual(['kár']);
    const words = ['beta', 'bet', 'kára', 'xátaz', 'xáñaz', 'átaz', 'áña', 'áñaz', 'áñ', 'áñta', 'áñt'].sort();
    expect(ourWords(importFiles(original))).toEqual(words);
    expect(ourWords(importFiles(exported))).toEqual(words);
  });
});
