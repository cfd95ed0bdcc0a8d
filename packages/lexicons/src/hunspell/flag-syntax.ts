import { excerpt } from '@paradigm/core';
import { shownControls } from '../utf8-text';
import { HunspellImportError } from './hunspell-import-error';
import type { FlagMode, HunspellWarning } from './hunspell-model';

/** Where a flag string was read, for error messages. */
export interface FlagSite {
  readonly file: string;
  readonly line: number;
}

/**
 * A flag as messages show it: a byte that is a control character (a flag byte of a UTF-8 letter in the
 * default one-byte `FLAG` mode, 0x80 say) as `\xNN`, which a terminal would print as nothing.
 *
 * @example shownFlag('\x80') // '\\x80'
 */
export function shownFlag(flag: string): string {
  return shownControls(flag);
}

/**
 * Told of a flag field read as libhunspell reads it though it breaks the `FLAG` syntax. Where none is given
 * (the strict reading), such a field is an error.
 */
export type FlagWarningSink = (warning: HunspellWarning) => void;

/**
 * Splits a flag field (a byte string, see `byteString`) into flags in the file's `FLAG` mode: one byte
 * each (`char`), two bytes each (`long`), one UTF-8 character each (`UTF-8`), or comma-separated decimal
 * numbers (`num`).
 *
 * A `long` field of an odd number of bytes is read as libhunspell's decode_flags reads it, without its last
 * byte, and `warn` is told; without `warn` it is an error. mn_MN.dic's licence lines carry such fields
 * (`#   https://zuv.bichig.dev` is the word `#   https:` with the flags of `/zuv.bichig.de`).
 */
export function splitFlags(mode: FlagMode, field: string, site: FlagSite, warn?: FlagWarningSink): string[] {
  if (field === '') return [];
  switch (mode) {
    case 'char':
      return field.split('');
    case 'UTF-8':
      return Array.from(Buffer.from(field, 'latin1').toString('utf8'));
    case 'long': {
      if (field.length % 2 !== 0) oddLongField(field, site, warn);
      const flags: string[] = [];
      for (let i = 0; i + 1 < field.length; i += 2) flags.push(field[i]! + field[i + 1]!);
      return flags;
    }
    case 'num':
      return field.split(',').map((flag) => numFlag(flag, field, site, warn));
  }
}

/**
 * One piece of a `FLAG num` field as libhunspell reads it with atoi: blanks, a sign and the digits that
 * follow, else 0; text after the digits is dropped, and a piece with no digits is flag 0 (da_DK.dic's
 * `"A/S"` is the word `"A` with the flag `S"`, read as 0). Flag 0 (which tr_TR uses) is a flag no class
 * defines, so an unknown flag like any other. hunspell(5) says 1-65000, but libhunspell takes any number
 * that fits its 16-bit flags (65510 is its default FORBIDDENWORD: {@link defaultForbiddenFlag}). A number
 * outside 0-65535 becomes flag 0 in libhunspell since 1.7.3 (1.7.1 keeps its last 16 bits, 1.7.2 zeroes
 * everything from 65510): that reading, with `warn` told; without `warn` it is an error.
 */
function numFlag(flag: string, field: string, site: FlagSite, warn: FlagWarningSink | undefined): string {
  const atoi = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(flag)!;
  const digits = atoi[2]!.replace(/^0+(?=\d)/, '');
  const value = digits === '' ? 0 : digits.length > 5 ? Infinity : Number(digits);
  if (value === 0) return '0';
  if (atoi[1] !== '-' && value <= MAX_NUM_FLAG) return String(value);
  const problem = `flag "${excerpt(flag)}" in "${excerpt(field)}" is outside 1-${MAX_NUM_FLAG}, the numbers "FLAG num" can name`;
  if (warn === undefined) throw new HunspellImportError(site.file, site.line, problem);
  warn({ file: site.file, line: site.line, problem: `${problem}; libhunspell reads it as flag 0; write a number 1-65509` });
  return '0';
}

/** The largest flag under `FLAG num`: libhunspell's flags are 16-bit numbers. */
const MAX_NUM_FLAG = 65_535;

/**
 * The flag that forbids a word where the .aff sets no `FORBIDDENWORD`: libhunspell's default, flag number
 * 65510, which a `FLAG num`, `FLAG long` (bytes FF E6) or `FLAG UTF-8` (U+FFE6) field can name, and one
 * byte per flag cannot.
 */
export function defaultForbiddenFlag(mode: FlagMode): string | undefined {
  switch (mode) {
    case 'char':
      return undefined;
    case 'UTF-8':
      return String.fromCharCode(65_510);
    case 'long':
      return String.fromCharCode(65_510 >> 8, 65_510 & 0xff);
    case 'num':
      return '65510';
  }
}

/**
 * The flag of a field that names one (a class header's, an option's value), as libhunspell's decode_flag
 * reads it: the field's first flag, nothing after it. `undefined` where it reads flag 0, which no word
 * carries: a `FLAG long` field of one character.
 */
export function decodeFlag(mode: FlagMode, field: string, site: FlagSite): string | undefined {
  if (mode === 'long') return field.length >= 2 ? field.slice(0, 2) : undefined;
  return splitFlags(mode, field, site)[0];
}

/**
 * {@link decodeFlag}, telling `warn` of a flag that no word can carry (what it names is never used); without
 * `warn` that is an error.
 */
export function firstFlag(mode: FlagMode, field: string, site: FlagSite, warn?: FlagWarningSink): string | undefined {
  const flag = decodeFlag(mode, field, site);
  if (flag !== undefined) return flag;
  const problem = `flag "${shownFlag(field)}" has one character but "FLAG long" needs two`;
  if (warn === undefined) throw new HunspellImportError(site.file, site.line, problem);
  warn({ file: site.file, line: site.line, problem: `${problem}; libhunspell reads it as flag 0, which no word carries, so what it names is never used; write two characters` });
  return undefined;
}

/** Throws for a `FLAG long` field of an odd number of bytes, or tells `warn` what libhunspell reads. */
function oddLongField(field: string, site: FlagSite, warn: FlagWarningSink | undefined): void {
  const problem = `flag field "${excerpt(field)}" has an odd number of characters but "FLAG long" needs two per flag`;
  if (warn === undefined) throw new HunspellImportError(site.file, site.line, problem);
  warn({
    file: site.file,
    line: site.line,
    problem: `${problem}; libhunspell reads it without its last character "${shownFlag(field.at(-1)!)}"; write two characters per flag`,
  });
}

/** Parses the value of `FLAG`. */
export function parseFlagMode(value: string | undefined, site: FlagSite): FlagMode {
  switch (value) {
    case 'long':
    case 'num':
      return value;
    case 'UTF-8':
    case 'utf-8':
      return 'UTF-8';
    default:
      throw new HunspellImportError(
        site.file,
        site.line,
        `unknown flag type "FLAG ${value ?? ''}"; use "FLAG long", "FLAG num" or "FLAG UTF-8" (or omit FLAG for one character per flag)`,
      );
  }
}
