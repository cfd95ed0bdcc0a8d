import { plural } from '@paradigm/core';
import { splitFlags, type FlagSite, type FlagWarningSink } from './flag-syntax';
import { HunspellImportError } from './hunspell-import-error';
import type { FlagMode } from './hunspell-model';

/**
 * The flags of a flag field: with an `AF` table the field is an alias number (1-based), otherwise the
 * flags themselves in the file's `FLAG` mode (`warn`: see {@link splitFlags}).
 */
export function resolveFlagField(
  mode: FlagMode,
  aliases: readonly (readonly string[])[] | undefined,
  field: string,
  site: FlagSite,
  warn?: FlagWarningSink,
): string[] {
  if (aliases === undefined) return splitFlags(mode, field, site, warn);
  const alias = /^\d+$/.test(field) ? aliases[Number(field)] : undefined;
  if (alias === undefined || Number(field) === 0) {
    throw new HunspellImportError(
      site.file,
      site.line,
      `flag alias "${field}" is not defined: the AF table has ${plural(aliases.length - 1, 'entry', 'entries')}, numbered from 1`,
    );
  }
  return [...alias];
}

/** Morphological fields: with an `AM` table a single number is an alias (1-based) for a list of fields. */
export function resolveMorphFields(aliases: readonly (readonly string[])[] | undefined, fields: readonly string[]): string[] {
  if (aliases !== undefined && fields.length === 1 && /^[1-9]\d*$/.test(fields[0]!)) {
    const alias = aliases[Number(fields[0])];
    if (alias !== undefined) return [...alias];
  }
  return [...fields];
}
