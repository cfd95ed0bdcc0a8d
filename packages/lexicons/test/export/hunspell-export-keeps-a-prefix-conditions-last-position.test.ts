// libhunspell lets a prefix condition's last `.` or `[^...]` lie past the word's end when a literal
// comes right before it (`.o.` takes `do`). The exporter writes that literal as a set of one, so the
// last position stays one: libhunspell then reads the exported pair as the words we generate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, importFiles, ourWords, SpellChecker } from '../hunspell/hunspell-oracles';
import { exportImported, writeExport } from './hunspell-export-support';

describe("a prefix condition's last position after a literal is exported as a position", () => {
  let dir: string;
  let checker: SpellChecker;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunspell-export-prefix-end-'));
    checker = new SpellChecker();
  });
  afterAll(() => {
    checker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('conditions: a strip padded with "." under FULLSTRIP (ab. written a[b].): no "x" from "ab"', () => {
    const original = fixture('conditions');
    const result = exportImported(importFiles(original));
    expect([result.asWords, result.leftOut]).toEqual([[], []]);
    expect(result.aff).toContain('\nPFX P ab x a[b].\n');
    const exported = writeExport(dir, 'conditions', result);
    expect(checker.rejected(exported, ['x', 'xc'])).toEqual(['x']);
    expect(ourWords(importFiles(exported))).toEqual(ourWords(importFiles(original)));
  });

  it('d[^x]: written [d][^x], which takes no "d"; the original does (a difference we do not model)', () => {
    const original = { aff: join(dir, 'negated.aff'), dic: join(dir, 'negated.dic') };
    writeFileSync(original.aff, 'SET UTF-8\nPFX A Y 1\nPFX A 0 re d[^x]\n');
    writeFileSync(original.dic, '3\nd/A\ndo/A\ndx/A\n');
    const result = exportImported(importFiles(original));
    expect([result.asWords, result.leftOut]).toEqual([[], []]);
    expect(result.aff).toContain('\nPFX A 0 re [d][^x]\n');
    const exported = writeExport(dir, 'negated-exported', result);
    const candidates = ['red', 'redo', 'redx'];
    expect(checker.rejected(original, candidates)).toEqual(['redx']);
    expect(checker.rejected(exported, candidates)).toEqual(['red', 'redx']);
    expect(ourWords(importFiles(original))).toEqual(['d', 'do', 'dx', 'redo']);
    expect(ourWords(importFiles(exported))).toEqual(['d', 'do', 'dx', 'redo']);
  });
});
