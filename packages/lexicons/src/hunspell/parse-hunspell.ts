import { parseAffFile } from './aff-file';
import { buildLexicon } from './build-lexicon';
import { parseDicFile } from './dic-file';
import type { HunspellLexicon } from './hunspell-lexicon';
import type { HunspellWarning } from './hunspell-model';
import { byteString, declaredEncoding, fieldDecoder } from './text-encoding';

/** The raw bytes of an .aff/.dic pair and the names to cite in errors. */
export interface HunspellFiles {
  /** The .aff file's bytes: bytes, not text, because its `SET` decides how both files decode. */
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
  readonly affName: string;
  readonly dicName: string;
}

/** Import options. */
export interface HunspellImportOptions {
  /**
   * `false` (default): read the files as libhunspell does: flags nothing defines are ignored (listed in
   * `ignoredFlags`), a class whose count disagrees with its rules ends the .aff as for libhunspell, and a
   * `FLAG long` field of an odd number of bytes loses its last byte (both listed in `warnings`). `true`:
   * each is a {@link HunspellImportError}.
   */
  readonly strict?: boolean;
}

/**
 * Imports a Hunspell dictionary into the pattern language: every `PFX`/`SFX` class becomes a pattern
 * (`pfx:FLAG`, `sfx:FLAG`), every .dic entry a lexeme taking its classes plus the `word` pattern (the entry
 * itself) unless it is `NEEDAFFIX`. Both files are parsed completely before anything is built, so an error
 * ({@link HunspellImportError}, naming file and line) leaves nothing half-imported.
 *
 * @example
 * const lexicon = parseHunspell({ aff, dic, affName: 'en_US.aff', dicName: 'en_US.dic' });
 */
export function parseHunspell(files: HunspellFiles, options: HunspellImportOptions = {}): HunspellLexicon {
  return parseHunspellEntries(files, options).lexicon;
}

/**
 * {@link parseHunspell}, also giving the .dic line each lexeme was read from (`lines[i]` for
 * `lexicon.lexemes[i]`): blank lines and entries with no word make no lexeme, so a caller that wrote the
 * .dic finds its entries by line.
 */
export function parseHunspellEntries(files: HunspellFiles, options: HunspellImportOptions = {}): { lexicon: HunspellLexicon; lines: number[] } {
  const { set, line } = declaredEncoding(files.aff);
  const origin = line > 0 ? `${files.affName}:${line}` : 'the default when an .aff has no SET';
  const decode = fieldDecoder(set, origin, files.affName);
  const strict = options.strict ?? false;
  const aff = parseAffFile(byteString(files.aff, files.affName), set, decode, files.affName, strict);
  const dicWarnings: HunspellWarning[] = [];
  const warn = strict ? undefined : (warning: HunspellWarning): void => void dicWarnings.push(warning);
  const entries = parseDicFile(byteString(files.dic, files.dicName), aff, decode, files.dicName, warn);
  const lexicon = buildLexicon(aff, entries, files, strict ? 'error' : 'ignore');
  return { lexicon: { ...lexicon, warnings: [...lexicon.warnings, ...dicWarnings] }, lines: entries.map((entry) => entry.line) };
}
