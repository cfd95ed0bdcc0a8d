import { HelpRequested } from './help-requested';

/**
 * Flags of the bench commands: `--name value`, `--name=value`, and bare `--flag` (true). Anything else
 * is a positional argument. Unknown flags are the caller's to reject, with the list of known ones.
 */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags.set(arg.slice(2), argv[++i]);
    else flags.set(arg.slice(2), true);
  }
  return { flags, positional };
}

/**
 * Throws, naming the flag and the accepted ones, if `args` has a flag not in `known`; throws
 * {@link HelpRequested} with the accepted ones when `--help` is among them.
 */
export function rejectUnknownFlags(args: ParsedArgs, known: readonly string[], command: string): void {
  if (args.flags.has('help')) throw new HelpRequested(known);
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) throw new Error(`${command}: unknown flag --${name}; accepted: ${known.map((k) => `--${k}`).join(', ')}`);
  }
}

/** A positive integer flag, or `fallback` when absent; throws naming the flag on anything else. */
export function intFlag(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer, got ${String(raw)}`);
  return n;
}

/** A string flag, or `fallback` when absent. */
export function stringFlag(args: ParsedArgs, name: string, fallback: string): string {
  const raw = args.flags.get(name);
  if (raw === undefined) return fallback;
  if (raw === true) throw new Error(`--${name} needs a value`);
  return raw;
}
