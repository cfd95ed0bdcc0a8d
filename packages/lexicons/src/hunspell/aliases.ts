import { excerpt, plural } from '@paradigm/core';
import { splitFlags, type FlagSite, type FlagWarningSink } from './flag-syntax';
import { HunspellImportError } from './hunspell-import-error';
import type { FlagMode } from './hunspell-model';

/**
 * The flags of a flag field: with an `AF` table the field is an alias number (1-based, read with atoi as
 * libhunspell reads it: `3x` is alias 3), otherwise the flags themselves in the file's `FLAG` mode. An
 * alias the table does not have is, as libhunspell reads it, no flags at all, and `warn` is told; without
 * `warn` (the strict reading) it is an error, as is a field that breaks the `FLAG` syntax (see
 * {@link splitFlags}).
 */
export function resolveFlagField(
  mode: FlagMode,
  aliases: readonly (readonly string[])[] | undefined,
  field: string,
  site: FlagSite,
  warn?: FlagWarningSink,
): string[] {
  if (aliases === undefined) return splitFlags(mode, field, site, warn);
  const digits = /^[ \t\n\v\f\r]*\+?0*(\d{1,9})/.exec(field)?.[1];
  const alias = digits === undefined || digits === '0' ? undefined : aliases[Number(digits)];
  if (alias !== undefined) return [...alias];
  const problem = `flag alias "${excerpt(field)}" is not defined: the AF table has ${plural(aliases.length - 1, 'entry', 'entries')}, numbered from 1`;
  if (warn === undefined) throw new HunspellImportError(site.file, site.line, problem);
  warn({ file: site.file, line: site.line, problem: `${problem}; libhunspell reads the field as no flags; use the number of an AF line` });
  return [];
}

/** Morphological fields: with an `AM` table a single number is an alias (1-based) for a list of fields. */
export function resolveMorphFields(aliases: readonly (readonly string[])[] | undefined, fields: readonly string[]): string[] {
  if (aliases !== undefined && fields.length === 1 && /^[1-9]\d*$/.test(fields[0]!)) {
    const alias = aliases[Number(fields[0])];
    if (alias !== undefined) return [...alias];
  }
  return [...fields];
}
