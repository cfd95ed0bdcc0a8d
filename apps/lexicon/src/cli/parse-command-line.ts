import { UsageError } from './usage-error';

export type Format = 'apertium' | 'hunspell';
export type Action = 'import' | 'expand';

/** What the command line asks for. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly action: Action; readonly format: Format; readonly files: readonly string[]; readonly flags: readonly string[] };

/** The flags each format accepts (after the files or anywhere after the command). */
export const FORMAT_FLAGS: Readonly<Record<Format, readonly string[]>> = {
  apertium: [],
  hunspell: ['--strict'],
};

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
  const flag = flags.find((arg) => !(format === 'apertium' || format === 'hunspell') || !FORMAT_FLAGS[format].includes(arg));
  if (flag) throw new UsageError(`unknown flag "${flag}"; see lexicon --help`);
  if (action !== 'import' && action !== 'expand') throw new UsageError(`unknown command "${action}"; the commands are import and expand (lexicon --help)`);
  if (format !== 'apertium' && format !== 'hunspell')
    throw new UsageError(`unknown format "${format ?? ''}" after ${action}; the formats are apertium and hunspell (lexicon --help)`);
  const expected = FORMAT_FILES[format];
  if (files.length !== expected.length)
    throw new UsageError(`${action} ${format} takes ${expected.join(' ')}, got ${files.length} file${files.length === 1 ? '' : 's'}`);
  return { kind: 'run', action, format, files, flags };
}
