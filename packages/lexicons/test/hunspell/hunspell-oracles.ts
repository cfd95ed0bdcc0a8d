// Test helpers: our expansion, the two oracles (hunspell-reader `words`, libhunspell `spell()`) and fixtures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandHunspell, HunspellImportError, parseHunspell, readHunspellFiles, type ExpandHunspellOptions, type HunspellLexicon } from '@paradigm/lexicons';

const FIXTURES = join(__dirname, 'fixtures');

/** Paths of a fixture pair under test/hunspell/fixtures. */
export function fixture(name: string): { aff: string; dic: string } {
  return { aff: join(FIXTURES, `${name}.aff`), dic: join(FIXTURES, `${name}.dic`) };
}

/** Imports an .aff/.dic pair from disk. */
export function importFiles(paths: { aff: string; dic: string }): HunspellLexicon {
  return parseHunspell(readHunspellFiles(paths.aff, paths.dic));
}

/** The unique set of words paradigm-core generates for a dictionary, sorted (`OCONV` applied unless told). */
export function ourWords(lexicon: HunspellLexicon, options: ExpandHunspellOptions = {}): string[] {
  return [...new Set(expandHunspell(lexicon, options))].sort();
}

/**
 * Oracle 1: the unique set of `hunspell-reader words DIC` (it reads the .aff next to the .dic), sorted.
 * hunspell-reader de-duplicates only within each entry, so the set is what is compared.
 */
export { hunspellReaderWords } from '@paradigm/lexicons/testing';

/** Oracle 2: a libhunspell checker compiled from spell-check.cc into a temporary directory. */
export class SpellChecker {
  private readonly dir = mkdtempSync(join(tmpdir(), 'spell-check-'));
  private readonly binary = join(this.dir, 'spell-check');

  constructor() {
    execFileSync('g++', ['-O2', '-o', this.binary, join(__dirname, 'spell-check.cc'), '-lhunspell'], { stdio: 'pipe' });
  }

  /**
   * The words `Hunspell::spell()` rejects. Words go in the dictionary's own encoding (`latin1` for an
   * ISO8859-1 dictionary), as libhunspell expects.
   */
  rejected(paths: { aff: string; dic: string }, words: readonly string[], encoding: 'utf8' | 'latin1' = 'utf8'): string[] {
    const output = execFileSync(this.binary, [paths.aff, paths.dic], {
      input: Buffer.from(words.join('\n') + '\n', encoding),
      maxBuffer: 1 << 30,
    });
    return output.toString(encoding).split('\n').filter((word) => word !== '');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The message of the HunspellImportError that `run` throws (any other error is rethrown; none fails). */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof HunspellImportError) return error.message;
    throw error;
  }
  throw new Error('no error');
}

/** Dictionaries a test file writes, and a libhunspell checker to judge them. */
export interface WrittenDictionaries {
  /** Writes `name.aff` and `name.dic` into the test file's temporary folder. */
  write(name: string, aff: string, dic: string): { aff: string; dic: string };
  /** The checker, compiled before the first test. */
  checker(): SpellChecker;
}

/**
 * A temporary folder and a {@link SpellChecker} for one test file (call it in a `describe`): both are
 * made before its tests and removed after them.
 */
export function writtenDictionaries(prefix: string): WrittenDictionaries {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let checker: SpellChecker | undefined;
  beforeAll(() => {
    checker = new SpellChecker();
  });
  afterAll(() => {
    checker?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    write(name, aff, dic) {
      const paths = { aff: join(dir, `${name}.aff`), dic: join(dir, `${name}.dic`) };
      writeFileSync(paths.aff, aff);
      writeFileSync(paths.dic, dic);
      return paths;
    },
    checker: () => checker!,
  };
}
