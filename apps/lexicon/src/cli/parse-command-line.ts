import { plural } from '@paradigm/core';
import { parseFormLimit } from '@paradigm/lexicons';
import { UsageError } from './usage-error';

export type Format = 'apertium' | 'hunspell';
export type Action = 'import' | 'expand';

/** What the command line asks for. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly action: Action; readonly format: Format; readonly files: readonly string[]; readonly flags: readonly string[] };

/** The valued flag that bounds the forms of one dictionary entry in `expand`. */
export const MAX_FORMS_FLAG = '--max-forms-per-entry=';

/** The flags each format accepts (after the files or anywhere after the command); one ending in `=` takes a value. */
export const FORMAT_FLAGS: Readonly<Record<Format, readonly string[]>> = {
  apertium: [MAX_FORMS_FLAG],
  hunspell: ['--strict', MAX_FORMS_FLAG],
};

/** True when `arg` is one of `accepted`: the flag itself, or a valued flag with its value. */
function isAccepted(arg: string, accepted: readonly string[]): boolean {
  return accepted.some((flag) => (flag.endsWith('=') ? arg.startsWith(flag) && arg.length > flag.length : arg === flag));
}

/** The value of the valued flag `name` (e.g. `--max-forms-per-entry=`) among `flags`, the last one given. */
export function flagValue(flags: readonly string[], name: string): string | undefined {
  const given = flags.filter((flag) => flag.startsWith(name));
  return given.length === 0 ? undefined : given[given.length - 1]!.slice(name.length);
}

/** The files each format takes, in order. */
export const FORMAT_FILES: Readonly<Record<Format, readonly string[]>> = {
  apertium: ['FILE.dix'],
  hunspell: ['FILE.aff', 'FILE.dic'],
};

/** Parses `lexicon <import|expand> <apertium|hunspell> FILES...`; throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  if (argv.length === 0 || argv.some((arg) => arg === '-h' || arg === '--help')) return { kind: 'help' };
  const flags = argv.filter((arg) => arg.startsWith('-'));
  const [action, format, ...files] = argv.filter((arg) => !arg.startsWith('-'));
  const flag = flags.find((arg) => !(format === 'apertium' || format === 'hunspell') || !isAccepted(arg, FORMAT_FLAGS[format]));
  if (flag) throw new UsageError(`unknown flag "${flag}"; see lexicon --help`);
  if (action !== 'import' && action !== 'expand') throw new UsageError(`unknown command "${action}"; the commands are import and expand (lexicon --help)`);
  if (format !== 'apertium' && format !== 'hunspell')
    throw new UsageError(`unknown format "${format ?? ''}" after ${action}; the formats are apertium and hunspell (lexicon --help)`);
  if (action === 'import' && flags.some((arg) => arg.startsWith(MAX_FORMS_FLAG))) throw new UsageError(`${MAX_FORMS_FLAG.slice(0, -1)} applies to expand only: an import stores the lexicon, and the worker generates its forms`);
  const limit = flagValue(flags, MAX_FORMS_FLAG);
  if (limit !== undefined && parseFormLimit(limit) === undefined) throw new UsageError(`${MAX_FORMS_FLAG}${limit}: give a positive whole number of forms, or none for no limit`);
  const expected = FORMAT_FILES[format];
  if (files.length !== expected.length)
    throw new UsageError(`${action} ${format} takes ${expected.join(' ')}, got ${plural(files.length, 'file')}`);
  return { kind: 'run', action, format, files, flags };
}
